using System.Collections.Immutable;

namespace PolicyRules.Facts;

/// <summary>One charge or conviction a request rests on.</summary>
public sealed record Charge : IChargeFact
{
    /// <summary>An ID unique within the case, e.g. "c1".</summary>
    [Identifier]
    public required string Id { get; init; }

    /// <summary>The offence, from the documented vocabulary (docs/case-vocabulary.md).</summary>
    public required OffenceCategory Category { get; init; }

    /// <summary>The penal provision of the requesting state's law, e.g. "Criminal Code art. 382".</summary>
    public string? Provision { get; init; }

    /// <summary>Wanted for prosecution, or to serve a sentence.</summary>
    public Stage Stage { get; init; } = Stage.Prosecution;

    /// <summary>The form of the maximum penalty.</summary>
    public PenaltyKind PenaltyKind { get; init; } = PenaltyKind.Imprisonment;

    /// <summary>The statutory maximum for the offence as charged, in months; null when the request does not say.</summary>
    public int? MaxPenaltyMonths { get; init; }

    /// <summary>The custodial sentence imposed, in months (conviction).</summary>
    public int? SentenceImposedMonths { get; init; }

    /// <summary>The part of the sentence still to serve, in months.</summary>
    public int? SentenceRemainingMonths { get; init; }

    /// <summary>The death penalty is available for this charge in the requesting state.</summary>
    public bool Capital { get; init; }

    /// <summary>The conviction was given in the person's absence.</summary>
    public bool ConvictedInAbsentia { get; init; }

    /// <summary>A new trial on surrender is guaranteed (null when unknown).</summary>
    public bool? RetrialGuaranteed { get; init; }

    /// <summary>Where the conduct took place, ISO 3166-1 alpha-2.</summary>
    [CountryCode]
    public string? PlaceOfOffence { get; init; }

    /// <summary>An analyst's classification under RPD Art. 83(1)(a)(i).</summary>
    public ExclusionClass ExclusionClass { get; init; } = ExclusionClass.NotAssessed;

    /// <summary>The value concerned, in U.S. dollars (e.g. for bounced cheques).</summary>
    public int? AmountUsd { get; init; }

    /// <summary>Serial conduct (e.g. several cheques issued repeatedly).</summary>
    public bool RepeatedConduct { get; init; }

    /// <summary>Punishable only under military law: neither an ordinary crime nor a breach of the laws of war.</summary>
    public bool PurelyMilitary { get; init; }

    /// <summary>The charge rests on facts distinct from those of the other charges (Repository of Practice §3.12).</summary>
    public bool SeparateFacts { get; init; }

    /// <summary>For sanctions violations: the regime breached.</summary>
    public SanctionsRegime? SanctionsRegime { get; init; }

    /// <summary>For terrorism charges: how the organisation is designated and what the person is said to have done.</summary>
    public TerrorismDetail? Terrorism { get; init; }

    /// <summary>What the conduct charged involved.</summary>
    public Conduct Conduct { get; init; } = new();

    /// <summary>
    /// What the request is known NOT to state for this charge. An omitted provision or penalty is unknown (nobody has
    /// said); an item listed here is a stated gap in the minimum judicial data, on which rules decide.
    /// </summary>
    public ImmutableArray<ChargeItem> Lacks { get; init; } = [];

    /// <inheritdoc />
    public string Label => $"charge {Id}";

    /// <inheritdoc />
    string? IChargeFact.ChargeId => Id;
}

/// <summary>A datum of a charge that the request can be known to lack (RPD Art. 83(2)(b)(iii)-(iv)).</summary>
public enum ChargeItem
{
    /// <summary>The request states no penal provision for the charge (use instead of omitting <c>provision</c>).</summary>
    Provision,

    /// <summary>The request states neither the maximum penalty nor the sentence (use instead of omitting them).</summary>
    Penalty,
}

/// <summary>What the conduct behind a charge involved.</summary>
public sealed record Conduct
{
    /// <summary>The most serious violence alleged in the person's own acts.</summary>
    public Violence Violence { get; init; } = Violence.None;

    /// <summary>Nationalities of the victims, ISO 3166-1 alpha-2 ("US" includes U.S. non-citizen nationals).</summary>
    [CountryCode]
    public ImmutableArray<string> VictimNationalities { get; init; } = [];

    /// <summary>The facts show personal gain.</summary>
    public bool PersonalGain { get; init; }

    /// <summary>The acts alleged are acts of the political office itself (votes, policy decisions, procedure).</summary>
    public bool InExerciseOfPoliticalMandate { get; init; }

    /// <summary>The facts describe speech, assembly, association or opposition activity.</summary>
    public bool PoliticalActivityFacts { get; init; }

    /// <summary>The acts were committed in the course of an armed conflict.</summary>
    public bool InArmedConflict { get; init; }

    /// <summary>An attempt on the life of a head of state or a family member.</summary>
    public bool AttemptOnHeadOfStateLife { get; init; }

    /// <summary>Speech that amounts to hate speech or incitement closely linked to a risk of violence.</summary>
    public bool HateSpeechOrIncitement { get; init; }

    /// <summary>Aimed at facilitating a serious crime, or suspected links to organised crime.</summary>
    public bool LinkedToSeriousOrOrganisedCrime { get; init; }

    /// <summary>A violent political uprising existed at the time and place of the acts (incidence test, first limb).</summary>
    public bool PoliticalUprisingAtTimeAndPlace { get; init; }

    /// <summary>The acts were committed in the course of, and incidental to, that uprising (incidence test, second limb).</summary>
    public bool IncidentalToUprising { get; init; }

    /// <summary>The acts were aimed at civilians or were indiscriminate.</summary>
    public bool TargetedCivilians { get; init; }
}

/// <summary>Wanted for prosecution or to serve a sentence.</summary>
public enum Stage
{
    /// <summary>Wanted for prosecution.</summary>
    Prosecution,

    /// <summary>Wanted to serve a sentence.</summary>
    Conviction,
}

/// <summary>The form of the maximum penalty.</summary>
public enum PenaltyKind
{
    /// <summary>A term of imprisonment, given in months.</summary>
    Imprisonment,

    /// <summary>Life imprisonment.</summary>
    LifeImprisonment,

    /// <summary>The death penalty.</summary>
    Death,

    /// <summary>A fine only; no deprivation of liberty.</summary>
    FineOnly,
}

/// <summary>The most serious violence alleged, in increasing order.</summary>
public enum Violence
{
    /// <summary>No violence.</summary>
    None,

    /// <summary>Minor damage to property.</summary>
    MinorPropertyDamage,

    /// <summary>Serious damage to property.</summary>
    SeriousPropertyDamage,

    /// <summary>Violence against persons.</summary>
    AgainstPersons,

    /// <summary>Violence that killed or was meant to kill.</summary>
    Lethal,
}

/// <summary>An analyst's classification of a charge under RPD Art. 83(1)(a)(i).</summary>
public enum ExclusionClass
{
    /// <summary>Not yet classified.</summary>
    NotAssessed,

    /// <summary>Not in an excluded category.</summary>
    None,

    /// <summary>Raises controversial issues of behavioural or cultural norms in various countries.</summary>
    BehaviouralCulturalNorms,

    /// <summary>Relates to family or private matters.</summary>
    FamilyPrivate,

    /// <summary>A breach of administrative laws or regulations.</summary>
    AdministrativeViolation,

    /// <summary>Arises from a private dispute.</summary>
    PrivateDispute,
}

/// <summary>The sanctions regime a sanctions violation breaches.</summary>
public enum SanctionsRegime
{
    /// <summary>UN Security Council sanctions, or national law implementing them.</summary>
    Unsc,

    /// <summary>Multilateral regimes (non-proliferation, export-control lists).</summary>
    MultilateralTreaty,

    /// <summary>Regional or unilateral sanctions.</summary>
    RegionalOrUnilateral,
}

/// <summary>For terrorism charges: the organisation's designation and the person's own alleged acts.</summary>
public sealed record TerrorismDetail
{
    /// <summary>Who recognises the organisation as terrorist.</summary>
    public Designation? OrganisationDesignation { get; init; }

    /// <summary>The person's own acts alleged.</summary>
    public ImmutableArray<LinkAct> LinkActs { get; init; } = [];
}

/// <summary>Who recognises an organisation as terrorist.</summary>
public enum Designation
{
    /// <summary>Listed by the United Nations.</summary>
    UnListed,

    /// <summary>Recognised by a region or several states.</summary>
    RegionalOrSeveralStates,

    /// <summary>Recognised only by the requester or like-minded states.</summary>
    RequesterOnly,

    /// <summary>Not designated anywhere.</summary>
    None,
}

/// <summary>An act linking a person to a terrorist organisation.</summary>
public enum LinkAct
{
    /// <summary>Travel to join the organisation.</summary>
    TravelToJoin,

    /// <summary>Recruiting.</summary>
    Recruiting,

    /// <summary>Training.</summary>
    Training,

    /// <summary>Funding.</summary>
    Funding,

    /// <summary>Sheltering members.</summary>
    Sheltering,

    /// <summary>Supplying the organisation.</summary>
    Supplies,

    /// <summary>Operational meetings.</summary>
    OperationalMeetings,

    /// <summary>Arms.</summary>
    Arms,

    /// <summary>Giving orders.</summary>
    Orders,

    /// <summary>A violent crime in itself.</summary>
    ViolentCrime,

    /// <summary>An offence under a terrorism convention (hijacking, hostage-taking, bombing, ...).</summary>
    ConventionOffence,

    /// <summary>Speech only.</summary>
    SpeechOnly,

    /// <summary>Assembly only.</summary>
    AssemblyOnly,

    /// <summary>Association only.</summary>
    AssociationOnly,

    /// <summary>Religious practice only.</summary>
    ReligiousPracticeOnly,

    /// <summary>General support without a concrete act.</summary>
    GeneralSupport,
}
