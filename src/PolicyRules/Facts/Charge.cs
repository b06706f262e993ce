namespace PolicyRules.Facts;

/// <summary>One charge or conviction a request rests on.</summary>
public sealed record Charge : IDescribedFact
{
    /// <summary>An ID unique within the case, e.g. "c1".</summary>
    public required string Id { get; init; }

    /// <summary>The offence, from the documented vocabulary.</summary>
    public required OffenceCategory Category { get; init; }

    /// <summary>The provision of the requesting state's law, e.g. "Criminal Code art. 382".</summary>
    public string? Provision { get; init; }

    /// <summary>The maximum penalty the law provides, in months; null if the request does not say.</summary>
    public int? MaxPenaltyMonths { get; init; }

    /// <summary>The sentence imposed, in months, when the person was convicted.</summary>
    public int? SentenceImposedMonths { get; init; }

    /// <summary>The part of the sentence still to serve, in months.</summary>
    public int? SentenceRemainingMonths { get; init; }

    /// <summary>Whether the offence exists only in military law (no ordinary-law counterpart).</summary>
    public bool PurelyMilitary { get; init; }

    /// <summary>Whether the conduct charged involved violence against persons.</summary>
    public bool Violent { get; init; }

    /// <inheritdoc />
    public string Label => $"charge {Id}";
}
