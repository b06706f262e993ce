using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace PolicyRules.Facts;

/// <summary>The U.S.-side facts: where the person is, what has been asked of the United States, and how far the procedure has gone.</summary>
public sealed record UsSituation : IDescribedFact
{
    /// <summary>Whether the person has been located in the United States.</summary>
    public bool Located { get; init; }

    /// <summary>The person's status under U.S. law; null when not yet established.</summary>
    public UsPersonStatus? PersonStatus { get; init; }

    /// <summary>The federal circuit of the extradition court or habeas forum: "1" to "11" or "DC"; null when not known.</summary>
    [AllowedValues("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "DC", ErrorMessage = "is not a federal circuit; use \"1\" to \"11\" or \"DC\".")]
    public string? ForumCircuit { get; init; }

    /// <summary>Requests the requesting state has made to the United States.</summary>
    public ImmutableArray<UsRequest> Requests { get; init; } = [];

    /// <summary>The OIA or prosecutor's analysis of each charge under U.S. law and the treaty (no entry: not yet analysed).</summary>
    public ImmutableArray<OffenceAnalysis> OffenceAnalysis { get; init; } = [];

    /// <summary>The Attorney General's written certification under 18 U.S.C. 3181(b), when given.</summary>
    public AttorneyGeneralCertification? AttorneyGeneralCertification { get; init; }

    /// <summary>The court and executive steps taken so far; absent before any court step.</summary>
    public UsProceedings? Proceedings { get; init; }

    /// <summary>The claims the person raises.</summary>
    public UsClaims? Claims { get; init; }

    /// <summary>U.S. prosecutions of the person for the same conduct as a charge.</summary>
    public ImmutableArray<PriorUsProsecution> PriorUsProsecutions { get; init; } = [];

    /// <summary>The assurances the requesting state has given.</summary>
    public UsAssurances? Assurances { get; init; }

    /// <summary>The immigration track, when there is one.</summary>
    public UsImmigration? Immigration { get; init; }

    /// <inheritdoc />
    public string Label => "U.S. situation";
}

/// <summary>The person's status under U.S. law.</summary>
public enum UsPersonStatus
{
    /// <summary>A U.S. citizen.</summary>
    Citizen,

    /// <summary>A U.S. national who is not a citizen (8 U.S.C. 1101(a)(22)).</summary>
    NonCitizenNational,

    /// <summary>A lawful permanent resident.</summary>
    LawfulPermanentResident,

    /// <summary>Any other person: the only status for which 18 U.S.C. 3181(b) can apply.</summary>
    OtherNoncitizen,
}

/// <summary>A request made to the United States by the requesting state.</summary>
public sealed record UsRequest : IDescribedFact
{
    /// <summary>An ID unique within the case, e.g. "r1".</summary>
    [Identifier]
    public required string Id { get; init; }

    /// <summary>What was asked.</summary>
    public required UsRequestKind Kind { get; init; }

    /// <summary>How the request reached the United States.</summary>
    public required UsRequestChannel Channel { get; init; }

    /// <summary>The day it was received.</summary>
    public required DateOnly ReceivedOn { get; init; }

    /// <summary>OIA's finding that the request is in good order and conforms to the treaty; null when not yet reviewed.</summary>
    public bool? Conforming { get; init; }

    /// <summary>The legal basis the requesting state claims.</summary>
    public required UsRequestBasis Basis { get; init; }

    /// <summary>The charges the request covers; empty means all charges.</summary>
    [Identifier]
    public ImmutableArray<string> ChargeIds { get; init; } = [];

    /// <inheritdoc />
    public string Label => $"U.S. request {Id} ({Vocabulary.Name(Kind)} of {ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})";
}

/// <summary>What a request to the United States asks.</summary>
public enum UsRequestKind
{
    /// <summary>An urgent request for provisional arrest pending the formal documents.</summary>
    ProvisionalArrest,

    /// <summary>A formal request for extradition with supporting documents.</summary>
    FormalExtradition,
}

/// <summary>How a request reached the United States.</summary>
public enum UsRequestChannel
{
    /// <summary>Through the embassy and the State Department, then OIA.</summary>
    Diplomatic,

    /// <summary>Direct to the Justice Department, where the treaty allows it.</summary>
    TreatyDirect,

    /// <summary>Only through INTERPOL channels (a National Central Bureau message).</summary>
    InterpolOnly,

    /// <summary>Any other channel (e.g. police liaison).</summary>
    Other,
}

/// <summary>The legal basis a request claims.</summary>
public enum UsRequestBasis
{
    /// <summary>A bilateral extradition treaty.</summary>
    BilateralTreaty,

    /// <summary>18 U.S.C. 3181(b): surrender without a treaty.</summary>
    Section3181b,

    /// <summary>A multilateral convention only.</summary>
    MultilateralConvention,
}

/// <summary>The analysis of one charge under U.S. law and the treaty.</summary>
public sealed record OffenceAnalysis
{
    /// <summary>The charge analysed.</summary>
    [Identifier]
    public required string ChargeId { get; init; }

    /// <summary>The U.S. offence covering the same conduct, e.g. "18 U.S.C. § 1343"; null when the conduct is not a crime under U.S. law.</summary>
    public string? UsAnalogue { get; init; }

    /// <summary>The maximum U.S. penalty for the analogue, in months.</summary>
    public int? UsMaxPenaltyMonths { get; init; }

    /// <summary>For list or mixed treaties: the offence matches an item on the treaty list; null when not checked.</summary>
    public bool? Listed { get; init; }
}

/// <summary>The Attorney General's written certification under 18 U.S.C. 3181(b).</summary>
public sealed record AttorneyGeneralCertification
{
    /// <summary>The day of the certification.</summary>
    public required DateOnly CertifiedOn { get; init; }

    /// <summary>The evidence shows crimes of violence under 18 U.S.C. 16 (3181(b)(1)).</summary>
    public bool CrimeOfViolenceEvidence { get; init; }

    /// <summary>The offences are not of a political nature (3181(b)(2)).</summary>
    public bool NotPoliticalNature { get; init; }
}

/// <summary>The court and executive steps of the extradition procedure.</summary>
public sealed record UsProceedings
{
    /// <summary>The day the U.S. Attorney filed the 18 U.S.C. 3184 complaint.</summary>
    public DateOnly? ComplaintFiledOn { get; init; }

    /// <summary>The day of the arrest on the 3184 warrant.</summary>
    public DateOnly? ArrestedOn { get; init; }

    /// <summary>Whether the arrest was provisional or on the formal request; required with <see cref="ArrestedOn"/>.</summary>
    public ArrestKind? ArrestKind { get; init; }

    /// <summary>
    /// Whether the formal request arrived within the provisional-arrest period, for a record that does not list it among
    /// <c>requests</c>; null when not stated (a formal request listed with its date decides instead).
    /// </summary>
    public bool? FormalRequestInTime { get; init; }

    /// <summary>The person is in custody.</summary>
    public bool InCustody { get; init; }

    /// <summary>How the requesting state's documents are authenticated (18 U.S.C. 3190).</summary>
    public DocumentsAuthentication? DocumentsAuthentication { get; init; }

    /// <summary>The day the 3184 hearing was held.</summary>
    public DateOnly? HearingHeldOn { get; init; }

    /// <summary>
    /// The judge's finding on extraditability; omitted when nobody has said (a later step stated in the record, such as a
    /// habeas petition or the Secretary's decision, then implies it was certified). <c>pending</c> states that the judge has
    /// not yet decided.
    /// </summary>
    public CertificationStatus? Certification { get; init; }

    /// <summary>The day of certification and commitment (starts the 18 U.S.C. 3188 clock); required when certified.</summary>
    public DateOnly? CertifiedOn { get; init; }

    /// <summary>Days allowed to convey the person out of the United States (18 U.S.C. 3188).</summary>
    public int TravelAllowanceDays { get; init; }

    /// <summary>A habeas petition is pending.</summary>
    public bool HabeasPending { get; init; }

    /// <summary>
    /// The judge's rulings count by count, when the record states them (a split certification: certified on c1 and c3,
    /// refused on c2; habeas or appeal results on one count). A charge without an entry follows the case-wide record.
    /// </summary>
    public ImmutableArray<CountRuling> Counts { get; init; } = [];

    /// <summary>
    /// The Secretary of State's decision on surrender; omitted when nobody has said (a surrender stated in the record implies
    /// it was ordered). <c>pending</c> states that the Secretary has not yet decided.
    /// </summary>
    public SecretaryDecision? SecretaryDecision { get; init; }

    /// <summary>The day of the Secretary's decision.</summary>
    public DateOnly? SecretaryDecisionOn { get; init; }

    /// <summary>The day the person was surrendered.</summary>
    public DateOnly? SurrenderedOn { get; init; }

    /// <summary>The day the person was discharged from extradition custody.</summary>
    public DateOnly? DischargedOn { get; init; }

    /// <summary>Why the person was discharged; required with <see cref="DischargedOn"/>.</summary>
    public DischargeReason? DischargeReason { get; init; }
}

/// <summary>The rulings on one count (charge): certification, and the habeas court's and the court of appeals' results on it.</summary>
public sealed record CountRuling : IChargeFact
{
    /// <summary>The charge the rulings concern.</summary>
    [Identifier]
    public required string ChargeId { get; init; }

    /// <summary>The judge's finding on this count; omitted when not stated (a habeas or appeal result implies it was certified).</summary>
    public CertificationStatus? Certification { get; init; }

    /// <summary>The habeas court's result on this count's certification; omitted when no petition is stated.</summary>
    public HabeasResult? Habeas { get; init; }

    /// <summary>The court of appeals' result on the habeas decision for this count; omitted when no appeal is stated.</summary>
    public AppealResult? Appeal { get; init; }

    /// <inheritdoc />
    public string Label => $"rulings on charge {ChargeId}";
}

/// <summary>The habeas court's result on a certification.</summary>
public enum HabeasResult
{
    /// <summary>The petition is pending.</summary>
    Pending,

    /// <summary>The writ was denied: the certification stands.</summary>
    Denied,

    /// <summary>The writ was granted: the certification is set aside.</summary>
    Granted,
}

/// <summary>The court of appeals' result on a habeas decision.</summary>
public enum AppealResult
{
    /// <summary>The appeal is pending.</summary>
    Pending,

    /// <summary>The habeas decision was affirmed.</summary>
    Affirmed,

    /// <summary>The habeas decision was reversed.</summary>
    Reversed,
}

/// <summary>The kind of arrest on a 3184 warrant.</summary>
public enum ArrestKind
{
    /// <summary>Provisional arrest pending the formal request.</summary>
    Provisional,

    /// <summary>Arrest on the formal request.</summary>
    Formal,
}

/// <summary>How the requesting state's documents are authenticated.</summary>
public enum DocumentsAuthentication
{
    /// <summary>Certified by the principal U.S. diplomatic or consular officer in the requesting state (18 U.S.C. 3190).</summary>
    ConsularCertificate,

    /// <summary>An apostille only.</summary>
    ApostilleOnly,

    /// <summary>Any other form (e.g. as a treaty provides).</summary>
    Other,
}

/// <summary>The extradition judge's finding.</summary>
public enum CertificationStatus
{
    /// <summary>Not yet decided.</summary>
    Pending,

    /// <summary>Certified as extraditable and committed.</summary>
    Certified,

    /// <summary>Not certified.</summary>
    NotCertified,
}

/// <summary>The Secretary of State's decision on surrender.</summary>
public enum SecretaryDecision
{
    /// <summary>Not yet decided.</summary>
    Pending,

    /// <summary>Surrender ordered.</summary>
    SurrenderOrdered,

    /// <summary>Surrender ordered on conditions.</summary>
    SurrenderOrderedWithConditions,

    /// <summary>Surrender denied.</summary>
    Denied,
}

/// <summary>Why the person left extradition custody.</summary>
public enum DischargeReason
{
    /// <summary>The judge did not certify.</summary>
    NotCertified,

    /// <summary>The provisional-arrest period lapsed.</summary>
    ProvisionalArrestLapse,

    /// <summary>Discharged under 18 U.S.C. 3188.</summary>
    Section3188,

    /// <summary>The Secretary of State denied surrender.</summary>
    SecretaryDenial,

    /// <summary>Another reason.</summary>
    Other,
}

/// <summary>Claims the person raises against extradition.</summary>
public sealed record UsClaims
{
    /// <summary>The request is said to aim at punishing political opinion, race, religion or nationality.</summary>
    public bool PoliticallyMotivatedRequest { get; init; }

    /// <summary>An attack on the fairness of the requesting state's courts.</summary>
    public bool UnfairJusticeSystem { get; init; }

    /// <summary>Treatment after surrender other than torture.</summary>
    public bool MistreatmentAfterSurrender { get; init; }

    /// <summary>Torture is alleged to be more likely than not (Convention Against Torture).</summary>
    public bool Torture { get; init; }

    /// <summary>Lapse of time (prescription or limitation) is claimed.</summary>
    public bool LapseOfTime { get; init; }
}

/// <summary>A U.S. prosecution of the person for the conduct behind a charge.</summary>
public sealed record PriorUsProsecution
{
    /// <summary>The charge whose conduct was prosecuted.</summary>
    [Identifier]
    public required string ChargeId { get; init; }

    /// <summary>How it ended.</summary>
    public required ProsecutionOutcome Outcome { get; init; }
}

/// <summary>How a U.S. prosecution ended.</summary>
public enum ProsecutionOutcome
{
    /// <summary>Convicted.</summary>
    Convicted,

    /// <summary>Acquitted.</summary>
    Acquitted,
}

/// <summary>Assurances given by the requesting state.</summary>
public sealed record UsAssurances
{
    /// <summary>The death penalty will not be imposed or carried out.</summary>
    public bool DeathPenalty { get; init; }

    /// <summary>A person convicted in absentia will be retried.</summary>
    public bool RetrialAfterInAbsentia { get; init; }
}

/// <summary>
/// The immigration track: removal proceedings, ICE custody, the reliefs applied for and how the notice is used in them.
/// An omitted field is unknown, not "no" (the rules ask or send to review rather than decide on it).
/// </summary>
public sealed record UsImmigration
{
    /// <summary>The state of removal proceedings.</summary>
    public RemovalProceedings RemovalProceedings { get; init; } = RemovalProceedings.None;

    /// <summary>Where removal would send the person, ISO 3166-1 alpha-2.</summary>
    [CountryCode]
    public string? RemovalDestination { get; init; }

    /// <summary>The day the removal order became administratively final (starts the 90 days for a motion to reopen).</summary>
    public DateOnly? FinalOrderOn { get; init; }

    /// <summary>How the person came into the United States; null when not stated.</summary>
    public MannerOfEntry? Entry { get; init; }

    /// <summary>ICE holds the person.</summary>
    public bool IceDetention { get; init; }

    /// <summary>The basis ICE gives for custody; null when not stated.</summary>
    public DetentionBasis? DetentionBasis { get; init; }

    /// <summary>The custody (bond) decision, when the person asked an immigration judge to redetermine custody.</summary>
    public CustodyRedetermination? Custody { get; init; }

    /// <summary>DHS relies on the notice or diffusion in immigration proceedings.</summary>
    public bool RedNoticeUsedInProceedings { get; init; }

    /// <summary>The checks ICE Directive 15006.1 asks for before a notice is used.</summary>
    public IceSafeguards Safeguards { get; init; } = new();

    /// <summary>The protection the person has applied for in the proceedings, each with its status.</summary>
    public ImmutableArray<ReliefApplication> Reliefs { get; init; } = [];

    /// <summary>How DHS uses the notice for the serious-nonpolitical-crime bar, and what the immigration judge found.</summary>
    public SeriousCrimeBar? SeriousCrimeBar { get; init; }
}

/// <summary>The state of removal proceedings.</summary>
public enum RemovalProceedings
{
    /// <summary>None.</summary>
    None,

    /// <summary>Pending.</summary>
    Pending,

    /// <summary>Removal ordered.</summary>
    Ordered,
}

/// <summary>The basis ICE gives for custody.</summary>
public enum DetentionBasis
{
    /// <summary>The Red Notice or diffusion only.</summary>
    RedNoticeOnly,

    /// <summary>Grounds independent of the notice.</summary>
    IndependentGrounds,
}

/// <summary>The ICE Directive 15006.1 checks before a notice is used; each null when not stated.</summary>
public sealed record IceSafeguards
{
    /// <summary>The notice was verified as current and active.</summary>
    public bool? NoticeVerifiedCurrent { get; init; }

    /// <summary>A preliminary review for abuse or non-compliance with INTERPOL's rules was done.</summary>
    public bool? AbuseReviewDone { get; init; }

    /// <summary>A supervisor approved the use.</summary>
    public bool? SupervisoryApproval { get; init; }

    /// <summary>The underlying documents were obtained from the U.S. National Central Bureau, with its authorisation to use them.</summary>
    public bool? NcbDocumentsAuthorised { get; init; }
}
