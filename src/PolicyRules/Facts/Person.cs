using System.Collections.Immutable;

namespace PolicyRules.Facts;

/// <summary>The person a request concerns.</summary>
public sealed record Person : IDescribedFact
{
    /// <summary>A pseudonym for the person; scenarios use invented names only.</summary>
    public string? Name { get; init; }

    /// <summary>The person's nationalities, ISO 3166-1 alpha-2.</summary>
    [CountryCode]
    public ImmutableArray<string> Nationalities { get; init; } = [];

    /// <summary>Statuses that bear on Article 3 (politician, journalist, ...).</summary>
    public ImmutableArray<PersonStatus> Statuses { get; init; } = [];

    /// <summary>Refugee status, if the person has or claims one.</summary>
    public RefugeeStatus? Refugee { get; init; }

    /// <inheritdoc />
    public string Label => "person";
}

/// <summary>A status of the person that bears on Article 3.</summary>
public enum PersonStatus
{
    /// <summary>A serving politician or party figure, in office or in opposition.</summary>
    Politician,

    /// <summary>A former official or office-holder of the requesting state.</summary>
    FormerOfficial,

    /// <summary>A journalist or writer.</summary>
    Journalist,

    /// <summary>A human-rights defender or activist.</summary>
    HumanRightsDefender,

    /// <summary>A member of the armed forces.</summary>
    Military,

    /// <summary>A member of an ethnic or racial minority in the requesting state.</summary>
    EthnicMinority,

    /// <summary>A member of a religious minority in the requesting state.</summary>
    ReligiousMinority,

    /// <summary>A relative of another wanted person.</summary>
    RelativeOfWantedPerson,
}

/// <summary>The person's refugee status.</summary>
public sealed record RefugeeStatus : IDescribedFact
{
    /// <summary>How far the status is established.</summary>
    public required RefugeeStatusKind Status { get; init; }

    /// <summary>The country that granted asylum, ISO 3166-1 alpha-2.</summary>
    [CountryCode]
    public string? GrantingCountry { get; init; }

    /// <summary>The country whose persecution the person fears, ISO 3166-1 alpha-2.</summary>
    [CountryCode]
    public string? PersecutingCountry { get; init; }

    /// <inheritdoc />
    public string Label => "refugee status";
}

/// <summary>How far a refugee status is established.</summary>
public enum RefugeeStatusKind
{
    /// <summary>Granted, and confirmed by the granting country.</summary>
    Confirmed,

    /// <summary>Claimed or reported, not yet confirmed.</summary>
    Unverified,

    /// <summary>A former refugee who has since taken the host country's nationality.</summary>
    FormerRefugeeNaturalised,
}
