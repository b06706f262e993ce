namespace PolicyRules.Facts;

/// <summary>A human-rights concern about what would happen to the person (Article 2(1) of INTERPOL's Constitution).</summary>
public sealed record Article2Concern : IDescribedFact
{
    /// <summary>What the concern is.</summary>
    public required Article2Kind Kind { get; init; }

    /// <summary>How the concern is established.</summary>
    public required Article2Basis Basis { get; init; }

    /// <summary>The concern has since been remedied (e.g. by a binding assurance or a retrial).</summary>
    public bool Remedied { get; init; }

    /// <summary>The body whose finding it is, e.g. "Court of Appeal of XB".</summary>
    public string? Body { get; init; }

    /// <summary>What was found or reported.</summary>
    public string? Detail { get; init; }

    /// <inheritdoc />
    public string Label => $"Article 2 concern {Vocabulary.Name(Kind)}";
}

/// <summary>Kinds of Article 2 concern.</summary>
public enum Article2Kind
{
    /// <summary>Torture.</summary>
    Torture,

    /// <summary>Other ill-treatment.</summary>
    IllTreatment,

    /// <summary>A confession obtained under torture.</summary>
    ConfessionUnderTorture,

    /// <summary>Extrajudicial killing.</summary>
    ExtrajudicialKilling,

    /// <summary>A flagrant denial of a fair trial.</summary>
    FlagrantFairTrialDenial,

    /// <summary>An attempt to abduct the person.</summary>
    AbductionAttempt,

    /// <summary>An attempt at rendition outside the law.</summary>
    RenditionAttempt,

    /// <summary>Excessive pre-trial detention.</summary>
    ExcessivePretrialDetention,

    /// <summary>The death penalty.</summary>
    DeathPenalty,

    /// <summary>Another concern.</summary>
    Other,
}

/// <summary>How an Article 2 concern is established.</summary>
public enum Article2Basis
{
    /// <summary>A finding by a court, UN treaty body, or national authority deciding extradition or asylum for this person.</summary>
    CompetentBodyFinding,

    /// <summary>Consistent reporting by NGOs, media or other states; not a finding.</summary>
    CredibleReports,

    /// <summary>An assertion by the person or counsel.</summary>
    AllegationOnly,
}
