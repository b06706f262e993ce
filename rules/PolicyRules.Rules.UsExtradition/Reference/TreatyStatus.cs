namespace PolicyRules.Rules.UsExtradition.Reference;

/// <summary>What the treaty table says about the requesting country, inserted as a fact for each case.</summary>
internal sealed record TreatyStatus : IDescribedFact
{
    /// <summary>The requesting country, ISO 3166-1 alpha-2.</summary>
    public required string Country { get; init; }

    /// <summary>The country's name as the table gives it.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Whether a bilateral extradition treaty with the United States is in force, suspended, absent, or not on record.</summary>
    public required TreatyState State { get; init; }

    /// <summary>The signature year of the operative instrument, when known.</summary>
    public int? Year { get; init; }

    /// <summary>The day the operative instrument entered into force, when known.</summary>
    public DateOnly? InForceSince { get; init; }

    /// <summary>Whether the treaty lists offences, asks for dual criminality, mixes both, or is not known.</summary>
    public TreatyType Type { get; init; } = TreatyType.Unknown;

    /// <summary>How firmly the treaty type is confirmed: "C", "S" or "U".</summary>
    public string TypeConfidence { get; init; } = "U";

    /// <summary>The provisional-arrest period in days, when the treaty counts in days.</summary>
    public int? ProvisionalArrestDays { get; init; }

    /// <summary>The provisional-arrest period in months, when the treaty counts in months.</summary>
    public int? ProvisionalArrestMonths { get; init; }

    /// <summary>The event the provisional-arrest period runs from.</summary>
    public ProvisionalArrestStart? ProvisionalArrestStart { get; init; }

    /// <summary>How firmly the provisional-arrest period is confirmed: "C", "S" or "U"; null when no period is recorded.</summary>
    public string? ProvisionalArrestConfidence { get; init; }

    /// <summary>The treaty has a political-offence clause; null when not recorded.</summary>
    public bool? PoliticalOffenceClause { get; init; }

    /// <summary>The treaty removes violent crimes from the political-offence exception; null when not recorded.</summary>
    public bool? ViolentCrimeCarveOut { get; init; }

    /// <summary>The treaty removes multilateral-convention offences from the political-offence exception; null when not recorded.</summary>
    public bool? MultilateralCarveOut { get; init; }

    /// <summary>The row's status is disputed (e.g. succession to an old treaty).</summary>
    public bool Disputed { get; init; }

    /// <summary>How firmly the status is confirmed: "C", "S" or "U".</summary>
    public required string Confidence { get; init; }

    /// <summary>Where the row comes from.</summary>
    public required string Source { get; init; }

    /// <summary>Remarks on the row.</summary>
    public string? Notes { get; init; }

    /// <summary>Whether the table has a row for the country at all.</summary>
    public bool OnRecord { get; init; } = true;

    /// <summary>The status is confirmed and not disputed, so it may decide a case.</summary>
    public bool StatusConfirmed => Confidence == "C" && !Disputed;

    /// <summary>The provisional-arrest period in words, e.g. "45 days"; null when none is recorded.</summary>
    public string? ProvisionalArrestPeriod =>
        ProvisionalArrestDays is { } days ? $"{days} days" : ProvisionalArrestMonths is { } months ? $"{months} months" : null;

    /// <summary>The tag and source in the form verdicts quote, e.g. "[S] K1 Wikipedia list".</summary>
    public string Tagged => Disputed ? $"[{Confidence}, disputed] (source: {Source})" : $"[{Confidence}] (source: {Source})";

    /// <summary>The treaty type in words: "list", "dual-criminality", "mixed" or "unknown-type".</summary>
    public string TypeText => Type switch
    {
        TreatyType.List => "list",
        TreatyType.DualCriminality => "dual-criminality",
        TreatyType.Mixed => "mixed",
        _ => "unknown-type",
    };

    /// <summary>What the table says about the provisional-arrest period, e.g. "not recorded" or "recorded only at [U] as 60 days".</summary>
    public string ProvisionalArrestDataText => ProvisionalArrestPeriod is null
        ? "not recorded in the treaty table"
        : $"recorded only at [{ProvisionalArrestConfidence}] as {ProvisionalArrestPeriod}";

    /// <summary>Empty when the status is confirmed; otherwise " (treaty data [tag]: source)", for the end of a sentence.</summary>
    public string DataCaveat => StatusConfirmed ? string.Empty : $" (treaty data {Tagged})";

    /// <inheritdoc />
    public string Label => $"treaty table row {Country}";
}

/// <summary>The state of a bilateral extradition treaty with the United States.</summary>
internal enum TreatyState
{
    /// <summary>A treaty is in force.</summary>
    InForce,

    /// <summary>A treaty exists but its operation is suspended.</summary>
    Suspended,

    /// <summary>No treaty.</summary>
    None,

    /// <summary>The table has no row for the country.</summary>
    NotOnRecord,
}

/// <summary>How a treaty defines extraditable offences.</summary>
internal enum TreatyType
{
    /// <summary>A list of offences.</summary>
    List,

    /// <summary>Any offence punishable in both states above a threshold.</summary>
    DualCriminality,

    /// <summary>A list plus a dual-criminality clause.</summary>
    Mixed,

    /// <summary>Not known.</summary>
    Unknown,
}

/// <summary>The event a provisional-arrest period runs from.</summary>
internal enum ProvisionalArrestStart
{
    /// <summary>The arrest.</summary>
    Arrest,

    /// <summary>The opening of proceedings (the complaint).</summary>
    ProceedingsOpened,
}
