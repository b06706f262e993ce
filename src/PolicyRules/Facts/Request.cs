namespace PolicyRules.Facts;

/// <summary>The request to INTERPOL: a Red Notice or a wanted-person diffusion, from one member country.</summary>
public sealed record Request : IDescribedFact
{
    /// <summary>Red Notice or diffusion.</summary>
    public required RequestKind Kind { get; init; }

    /// <summary>The requesting country, ISO 3166-1 alpha-2.</summary>
    [CountryCode]
    public required string RequestingCountry { get; init; }

    /// <summary>What the requesting country says it will do once the person is located.</summary>
    public required RequestPurpose Purpose { get; init; }

    /// <summary>The arrest warrant or judicial decision the request rests on, if any.</summary>
    public ArrestWarrant? ArrestWarrant { get; init; }

    /// <summary>The summary of facts given with the request.</summary>
    public SummaryOfFacts? SummaryOfFacts { get; init; }

    /// <inheritdoc />
    public string Label => "request";
}

/// <summary>The kind of request.</summary>
public enum RequestKind
{
    /// <summary>A Red Notice, published by the General Secretariat.</summary>
    RedNotice,

    /// <summary>A wanted-person diffusion, sent by a member country directly.</summary>
    Diffusion,
}

/// <summary>What the requesting country says it will do once the person is located.</summary>
public enum RequestPurpose
{
    /// <summary>Seek the person's extradition.</summary>
    Extradition,

    /// <summary>Seek surrender under an arrest-warrant scheme.</summary>
    Surrender,

    /// <summary>Another lawful action of the same kind.</summary>
    SimilarLawfulAction,

    /// <summary>Only to learn where the person is.</summary>
    LocateOnly,

    /// <summary>The request states no purpose.</summary>
    NotStated,
}

/// <summary>The arrest warrant or judicial decision a request rests on.</summary>
public sealed record ArrestWarrant : IDescribedFact
{
    /// <summary>The warrant's reference number, if given.</summary>
    public string? Reference { get; init; }

    /// <summary>The authority that issued it (e.g. a court).</summary>
    public string? IssuedBy { get; init; }

    /// <summary>The day it was issued.</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>Whether the warrant is still valid.</summary>
    public bool Valid { get; init; } = true;

    /// <inheritdoc />
    public string Label => "arrest warrant";
}

/// <summary>The summary of facts given with a request.</summary>
public sealed record SummaryOfFacts : IDescribedFact
{
    /// <summary>The summary as written.</summary>
    public string? Text { get; init; }

    /// <summary>Whether it describes the person's own acts (not only a group's or a relative's).</summary>
    public bool DescribesPersonsOwnActs { get; init; }

    /// <summary>Whether it says when the acts took place.</summary>
    public bool StatesTime { get; init; }

    /// <summary>Whether it says where the acts took place.</summary>
    public bool StatesPlace { get; init; }

    /// <inheritdoc />
    public string Label => "summary of facts";
}
