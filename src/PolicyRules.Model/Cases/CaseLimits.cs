namespace PolicyRules.Cases;

/// <summary>Bounds on the size of one case; a case beyond them is refused with a clear message (see docs/case-vocabulary.md).</summary>
public sealed record CaseLimits
{
    /// <summary>The defaults.</summary>
    public static CaseLimits Default { get; } = new();

    /// <summary>Largest case file or body, in bytes.</summary>
    /// <value>1 MiB.</value>
    public int MaxBytes { get; init; } = 1024 * 1024;

    /// <summary>Most items in any one list (charges, context indicators, nationalities, ...).</summary>
    /// <value>200.</value>
    public int MaxListItems { get; init; } = 200;

    /// <summary>Longest text field, in characters.</summary>
    /// <value>20,000.</value>
    public int MaxStringLength { get; init; } = 20_000;

    /// <summary>Deepest JSON nesting.</summary>
    /// <value>32; a valid case needs fewer than 6 levels.</value>
    public int MaxDepth { get; init; } = 32;
}
