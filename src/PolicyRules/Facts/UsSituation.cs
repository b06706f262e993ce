using System.Collections.Immutable;

namespace PolicyRules.Facts;

/// <summary>The U.S.-side facts: where the person is and what has been asked of the United States.</summary>
public sealed record UsSituation : IDescribedFact
{
    /// <summary>Whether the person has been located in the United States.</summary>
    public bool Located { get; init; }

    /// <summary>Whether the person is a U.S. citizen.</summary>
    public bool UsCitizen { get; init; }

    /// <summary>Requests the requesting state has made to the United States.</summary>
    public ImmutableArray<UsRequest> Requests { get; init; } = [];

    /// <inheritdoc />
    public string Label => "U.S. situation";
}

/// <summary>A request made to the United States.</summary>
public sealed record UsRequest : IDescribedFact
{
    /// <summary>What was asked.</summary>
    public required UsRequestKind Kind { get; init; }

    /// <summary>The day it was received.</summary>
    public required DateOnly ReceivedOn { get; init; }

    /// <inheritdoc />
    public string Label => $"U.S. request {Vocabulary.Name(Kind)} of {ReceivedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
}

/// <summary>What a request to the United States asks.</summary>
public enum UsRequestKind
{
    /// <summary>A diplomatic request for provisional arrest.</summary>
    ProvisionalArrest,

    /// <summary>A formal request for extradition with supporting documents.</summary>
    FormalExtradition,
}
