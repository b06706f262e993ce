namespace PolicyRules.Facts;

/// <summary>The evaluation itself as a fact: the as-of date rules compare dates against (never the clock).</summary>
/// <param name="AsOf">The date the case is judged as of.</param>
public sealed record Evaluation(DateOnly AsOf) : IDescribedFact
{
    /// <inheritdoc />
    public string Label => "as-of date";
}
