namespace PolicyRules.Facts;

/// <summary>An indicator of the context a request comes from, with where the evidence comes from.</summary>
public sealed record ContextIndicator : IDescribedFact
{
    /// <summary>What the indicator is.</summary>
    public required ContextKind Kind { get; init; }

    /// <summary>Where the evidence for it comes from.</summary>
    public EvidenceSource Source { get; init; } = EvidenceSource.Media;

    /// <summary>
    /// Whether it concerns this person (for a group-level kind: the person belongs to the group). Items that do not are kept
    /// for the record; rules do not read them.
    /// </summary>
    public bool ConcernsThisPerson { get; init; } = true;

    /// <summary>For a refusal of extradition by another state: the grounds.</summary>
    public RefusalGrounds? Grounds { get; init; }

    /// <summary>When it happened or was published.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>
    /// Where the conduct took place, ISO 3166-1 alpha-2 (e.g. "US" for surveillance of the person, or threats to relatives
    /// living there, in the United States); omitted when not known.
    /// </summary>
    [CountryCode]
    public string? Place { get; init; }

    /// <summary>What was observed and where it is documented.</summary>
    public string? Detail { get; init; }

    /// <inheritdoc />
    public string Label => $"context {Vocabulary.Name(Kind)}";
}

/// <summary>Where the evidence for a context indicator or concern comes from.</summary>
public enum EvidenceSource
{
    /// <summary>A statement, publication or act of the requesting state's authorities.</summary>
    RequesterOfficial,

    /// <summary>A judgment or decision of a court of any state.</summary>
    CourtFinding,

    /// <summary>A UN treaty body or special procedure, a regional human-rights court, an international tribunal.</summary>
    InternationalBody,

    /// <summary>A decision or charge by another state's executive or prosecutor.</summary>
    OtherStateAuthority,

    /// <summary>A record of INTERPOL's General Secretariat or the CCF.</summary>
    InterpolRecord,

    /// <summary>A report by a non-governmental organisation.</summary>
    NgoReport,

    /// <summary>Press reporting.</summary>
    Media,
}

/// <summary>Why another state refused extradition.</summary>
public enum RefusalGrounds
{
    /// <summary>The offence was political.</summary>
    PoliticalOffence,

    /// <summary>Human-rights grounds.</summary>
    HumanRights,

    /// <summary>Procedural grounds.</summary>
    Procedural,

    /// <summary>The person is a national of the refusing state.</summary>
    Nationality,

    /// <summary>Other grounds.</summary>
    Other,
}
