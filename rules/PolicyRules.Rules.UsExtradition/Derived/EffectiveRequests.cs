namespace PolicyRules.Rules.UsExtradition.Derived;

/// <summary>The requests the United States can act on: conforming, through a proper channel, on a basis that exists.</summary>
internal sealed record EffectiveRequests : DerivedFact
{
    /// <summary>The earliest effective request for provisional arrest.</summary>
    public UsRequest? ProvisionalArrest { get; init; }

    /// <summary>The earliest effective formal extradition request.</summary>
    public UsRequest? Formal { get; init; }

    /// <summary>Some request is effective.</summary>
    public bool Any => ProvisionalArrest is not null || Formal is not null;

    /// <inheritdoc />
    public override string Label => "effective requests";
}
