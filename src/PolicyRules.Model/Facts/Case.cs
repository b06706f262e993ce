using System.Collections.Immutable;

namespace PolicyRules.Facts;

/// <summary>
/// One case to evaluate: a request concerning a person, the charges, the context, the U.S.-side facts, and the date
/// the case is judged as of. Every field is documented in docs/case-vocabulary.md.
/// </summary>
public sealed record Case
{
    /// <summary>One line saying what the case shows (used by canonical scenarios).</summary>
    public string? Scenario { get; init; }

    /// <summary>The date the case is judged as of; rules apply by their effective dates on this day.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The request: a notice, a diffusion, a message or an SLTD record.</summary>
    public required Request Request { get; init; }

    /// <summary>The person the request concerns.</summary>
    public required Person Person { get; init; }

    /// <summary>The charges or convictions the request rests on.</summary>
    public ImmutableArray<Charge> Charges { get; init; } = [];

    /// <summary>Indicators of the context the request comes from (campaign lists, pressure on relatives, ...).</summary>
    public ImmutableArray<ContextIndicator> Context { get; init; } = [];

    /// <summary>Human-rights concerns about what would happen to the person (Article 2).</summary>
    public ImmutableArray<Article2Concern> Article2Concerns { get; init; } = [];

    /// <summary>What happens in the United States, when the person is found there.</summary>
    public UsSituation? Us { get; init; }
}
