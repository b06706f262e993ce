using System.Collections.Immutable;

namespace PolicyRules.Facts;

/// <summary>The person a request concerns.</summary>
public sealed record Person : IDescribedFact
{
    /// <summary>A pseudonym; canonical scenarios use invented names only.</summary>
    public string? Name { get; init; }

    /// <summary>The person's nationalities, ISO 3166-1 alpha-2.</summary>
    [CountryCode]
    public ImmutableArray<string> Nationalities { get; init; } = [];

    /// <summary>Statuses that bear on Articles 2 and 3 (RPD Art. 34(3)(b)).</summary>
    public ImmutableArray<PersonStatus> Statuses { get; init; } = [];

    /// <summary>Refugee or asylum status, when one is claimed.</summary>
    public RefugeeStatus? Refugee { get; init; }

    /// <inheritdoc />
    public string Label => "person";
}

/// <summary>A status of the person (RPD Art. 34(3)(b)).</summary>
public enum PersonStatus
{
    /// <summary>Holds or held elective or political office, not in opposition.</summary>
    Politician,

    /// <summary>Opposition leader, candidate or party official.</summary>
    OppositionPolitician,

    /// <summary>Former senior civil servant, minister, or head of a state body or state enterprise.</summary>
    FormerOfficial,

    /// <summary>Currently holds public office (including head of state or government, minister).</summary>
    SittingOfficial,

    /// <summary>Journalist or writer.</summary>
    Journalist,

    /// <summary>Human-rights defender.</summary>
    HumanRightsDefender,

    /// <summary>Political activist.</summary>
    PoliticalActivist,

    /// <summary>Member of the armed forces.</summary>
    Military,

    /// <summary>Member of an ethnic or racial minority.</summary>
    EthnicMinority,

    /// <summary>Member of a religious minority.</summary>
    ReligiousMinority,

    /// <summary>Spouse, child, parent, sibling or close associate of another wanted person.</summary>
    RelativeOfWantedPerson,

    /// <summary>Private-sector executive or owner (no bearing on the predominance test by itself).</summary>
    Businessperson,
}

/// <summary>The person's refugee or asylum status.</summary>
public sealed record RefugeeStatus : IDescribedFact
{
    /// <summary>How far the status is established.</summary>
    public required RefugeeStatusKind Status { get; init; }

    /// <summary>Who confirmed the status to INTERPOL.</summary>
    public RefugeeConfirmer ConfirmedBy { get; init; } = RefugeeConfirmer.None;

    /// <summary>The country that granted the status, ISO 3166-1 alpha-2 (never disclosed to the requester).</summary>
    [CountryCode]
    public string? GrantingCountry { get; init; }

    /// <summary>The country from which persecution is feared, ISO 3166-1 alpha-2.</summary>
    [CountryCode]
    public string? PersecutingCountry { get; init; }

    /// <summary>A competent national body found that extradition or delivery to the persecuting country would breach non-refoulement.</summary>
    public bool? NonRefoulementFinding { get; init; }

    /// <inheritdoc />
    public string Label => "refugee status";
}

/// <summary>How far a refugee status is established.</summary>
public enum RefugeeStatusKind
{
    /// <summary>A state (or UNHCR) recognised the status, and this is confirmed to INTERPOL.</summary>
    Confirmed,

    /// <summary>Asserted (e.g. by the person) but not confirmed.</summary>
    Unverified,

    /// <summary>An asylum claim is pending.</summary>
    AsylumSeekerPending,

    /// <summary>A former refugee who has since taken the granting state's nationality.</summary>
    FormerNaturalised,

    /// <summary>The status was revoked.</summary>
    Revoked,

    /// <summary>The claim was denied (including on criminal-background grounds).</summary>
    Denied,
}

/// <summary>Who confirmed a refugee status to INTERPOL.</summary>
public enum RefugeeConfirmer
{
    /// <summary>Nobody has confirmed it.</summary>
    None,

    /// <summary>A member country.</summary>
    MemberCountry,

    /// <summary>UNHCR under its mandate.</summary>
    UnhcrMandate,
}
