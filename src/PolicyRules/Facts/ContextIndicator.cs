namespace PolicyRules.Facts;

/// <summary>An indicator of the context a request comes from.</summary>
public sealed record ContextIndicator : IDescribedFact
{
    /// <summary>What the indicator is.</summary>
    public required ContextKind Kind { get; init; }

    /// <summary>Free text: what was observed and where it is documented.</summary>
    public string? Detail { get; init; }

    /// <inheritdoc />
    public string Label => $"context {Vocabulary.Name(Kind)}";
}
