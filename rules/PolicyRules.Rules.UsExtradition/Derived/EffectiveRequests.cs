namespace PolicyRules.Rules.UsExtradition.Derived;

/// <summary>The requests the United States can act on: conforming, through a proper channel, on a basis that exists.</summary>
internal sealed record EffectiveRequests : DerivedFact
{
    /// <summary>The earliest effective request for provisional arrest.</summary>
    public UsRequest? ProvisionalArrest { get; init; }

    /// <summary>The earliest effective formal extradition request.</summary>
    public UsRequest? Formal { get; init; }

    /// <summary>
    /// The earliest request that would be effective but for OIA's finding, which the case does not state (<c>conforming</c>
    /// omitted): the question USX-0101 and USX-0102 ask instead of refusing.
    /// </summary>
    public UsRequest? Unreviewed { get; init; }

    /// <summary>
    /// The earliest formal request received through a proper channel and not found out of order: what the provisional-arrest
    /// deadline counts (the treaty asks for the request's receipt by then, not for OIA's finding on it).
    /// </summary>
    public UsRequest? FormalReceived { get; init; }

    /// <summary>Some request is effective.</summary>
    public bool Any => ProvisionalArrest is not null || Formal is not null;

    /// <inheritdoc />
    public override string Label => "effective requests";
}
