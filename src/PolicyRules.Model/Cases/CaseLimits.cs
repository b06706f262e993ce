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

    /// <summary>The earliest date a case may state.</summary>
    /// <value>1900-01-01.</value>
    public DateOnly EarliestDate { get; init; } = new(1900, 1, 1);

    /// <summary>
    /// The latest date a case may state (the as-of date included); rules count months and days from case dates, and this
    /// keeps every such sum far inside the calendar.
    /// </summary>
    /// <value>2199-12-31.</value>
    public DateOnly LatestDate { get; init; } = new(2199, 12, 31);

    /// <summary>The largest count in a field measured in months (penalties, sentences): a thousand years.</summary>
    /// <value>12,000.</value>
    public int MaxMonths { get; init; } = 12_000;

    /// <summary>The largest count in a field measured in days (the travel allowance): a hundred years.</summary>
    /// <value>36,500.</value>
    public int MaxDays { get; init; } = 36_500;
}
