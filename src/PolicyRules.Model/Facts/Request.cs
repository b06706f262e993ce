using System.Collections.Immutable;

namespace PolicyRules.Facts;

/// <summary>The request to INTERPOL, from one member country or entity: a notice, a diffusion, a message or a record of a travel document.</summary>
public sealed record Request : IDescribedFact
{
    /// <summary>Which INTERPOL channel the request uses (Red, Blue or Yellow Notice, wanted-person or Blue diffusion, message, SLTD record).</summary>
    public required RequestKind Kind { get; init; }

    /// <summary>Who asks: a National Central Bureau, or an international entity with powers of investigation and prosecution.</summary>
    public RequesterType RequesterType { get; init; } = RequesterType.Ncb;

    /// <summary>The requesting country, ISO 3166-1 alpha-2; required when the requester is a National Central Bureau.</summary>
    [CountryCode]
    public string? RequestingCountry { get; init; }

    /// <summary>What the requester says it will do once the person is located.</summary>
    public RequestPurpose? Purpose { get; init; }

    /// <summary>The day the notice was published or the diffusion sent, when known.</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>False when the notice was cancelled or has expired.</summary>
    public bool Active { get; init; } = true;

    /// <summary>The assurances about extradition the requester gave (RPD Art. 84(b)).</summary>
    public ExtraditionAssurance? ExtraditionAssurance { get; init; }

    /// <summary>Whether a lawful route to extradition exists from where the person is believed to be.</summary>
    public ExtraditionRoute? ExtraditionRoute { get; init; }

    /// <summary>The international dimension of the request.</summary>
    public InternationalDimension? InternationalDimension { get; init; }

    /// <summary>The arrest warrant or judicial decision the request rests on, if any.</summary>
    public ArrestWarrant? ArrestWarrant { get; init; }

    /// <summary>The summary of facts given with the request.</summary>
    public SummaryOfFacts? SummaryOfFacts { get; init; }

    /// <summary>The data the request gives to identify the wanted person (RPD Art. 83(2)(a)); omitted when nobody has said.</summary>
    public Identifiers? Identifiers { get; init; }

    /// <summary>Where the person was located under an existing notice or diffusion, and what the requester did then.</summary>
    public Location? Location { get; init; }

    /// <summary>The General Secretariat's recorded use of the RPD Art. 83(1)(b) exception (human-only; never set by the engine).</summary>
    public GsException? GsException { get; init; }

    /// <summary>Ethnic or racial labels in the request.</summary>
    public SensitiveLabels? SensitiveLabels { get; init; }

    /// <summary>The status the request gives the person (RPD Art. 44(1)); a Blue notice needs one of convicted, charged, suspect, witness or victim (Art. 88(2)(a)).</summary>
    public SubjectStatus? SubjectStatus { get; init; }

    /// <summary>For a Yellow notice: the report of the disappearance and what the police know (RPD Art. 90(2)); only with kind `yellowNotice`.</summary>
    public MissingPersonReport? MissingPerson { get; init; }

    /// <summary>For an SLTD record: the travel or identity document reported to the Stolen and Lost Travel Documents database; required with kind `sltdRecord` and only with it.</summary>
    public TravelDocumentRecord? TravelDocument { get; init; }

    /// <summary>
    /// What INTERPOL and its CCF have done on the data of this request so far: applications to the CCF and their decisions, the
    /// General Secretariat's blocks and deletions. Empty when none is stated (which does not mean none was made).
    /// </summary>
    public ImmutableArray<InterpolHistoryEntry> History { get; init; } = [];

    /// <summary>
    /// What the request is known NOT to contain. An omitted field is unknown (nobody has said); an item listed here is a
    /// stated defect, on which rules decide.
    /// </summary>
    public ImmutableArray<RequestItem> Lacks { get; init; } = [];

    /// <inheritdoc />
    public string Label => "request";
}

/// <summary>A part of a request that the request can be known to lack.</summary>
public enum RequestItem
{
    /// <summary>The request cites no arrest warrant or judicial decision having the same effect (use instead of omitting <c>arrestWarrant</c>).</summary>
    ArrestWarrant,

    /// <summary>The request gives no summary of facts (use instead of omitting <c>summaryOfFacts</c>).</summary>
    SummaryOfFacts,
}

/// <summary>The INTERPOL channel a request uses.</summary>
public enum RequestKind
{
    /// <summary>A Red Notice: locate and arrest for extradition or surrender (RPD Arts 82-87).</summary>
    RedNotice,

    /// <summary>A wanted-person diffusion: a diffusion to arrest, detain or restrict the movements of a convicted or accused person (RPD Art. 97(1)(a)), sent to chosen bureaus and recorded.</summary>
    Diffusion,

    /// <summary>A Blue notice: obtain information on, locate or identify a person of interest in a criminal investigation (RPD Art. 88).</summary>
    BlueNotice,

    /// <summary>A Blue diffusion: a diffusion to locate and trace, obtain information or identify (RPD Art. 97(1)(b)-(d)).</summary>
    BlueDiffusion,

    /// <summary>A Yellow notice: locate a missing person or identify a person unable to identify themselves (RPD Art. 90).</summary>
    YellowNotice,

    /// <summary>A message: a request or alert sent directly to chosen bureaus and not recorded in INTERPOL's databases (RPD Arts 1(15), 9).</summary>
    Message,

    /// <summary>A record in the Stolen and Lost Travel Documents (SLTD) database: a travel or identity document reported stolen, lost, revoked or invalid.</summary>
    SltdRecord,
}

/// <summary>The status of the person in the request (RPD Art. 44(1)).</summary>
public enum SubjectStatus
{
    /// <summary>Found guilty of an ordinary-law crime by a court (Art. 44(1)(a)).</summary>
    Convicted,

    /// <summary>Criminal proceedings have been opened against the person (Art. 44(1)(b)).</summary>
    Charged,

    /// <summary>A possible offender in a criminal investigation, not charged (Art. 44(1)(c)).</summary>
    Suspect,

    /// <summary>Not a suspect; may be able to give information to an investigation (Art. 44(1)(e)).</summary>
    Witness,

    /// <summary>A crime was committed against the person (Art. 44(1)(f)).</summary>
    Victim,

    /// <summary>Whereabouts unknown and reported missing (Art. 44(1)(g)).</summary>
    Missing,

    /// <summary>A living person whose identity is sought (Art. 44(1)(h)).</summary>
    UnidentifiedPerson,
}

/// <summary>The report of a disappearance behind a Yellow notice (RPD Art. 90(2)).</summary>
public sealed record MissingPersonReport : IDescribedFact
{
    /// <summary>The disappearance (or the discovery of a person unable to identify themselves) was reported to and recorded by the police (Art. 90(2)(a)).</summary>
    public bool? ReportedToPolice { get; init; }

    /// <summary>The police do not know where the person is (or who the discovered person is) (Art. 90(2)(b)).</summary>
    public bool? WhereaboutsUnknownToPolice { get; init; }

    /// <summary>The person is an adult under the law of the requesting country.</summary>
    public bool? Adult { get; init; }

    /// <summary>For an adult: the requesting country's privacy law does not prevent the request (Art. 90(2)(c)).</summary>
    public bool? PrivacyLawPermits { get; init; }

    /// <summary>The person left of their own will (for example by leaving the country), as the request or another reliable source states.</summary>
    public bool? LeftVoluntarily { get; init; }

    /// <inheritdoc />
    public string Label => "missing-person report";
}

/// <summary>A travel or identity document reported to INTERPOL's Stolen and Lost Travel Documents (SLTD) database.</summary>
public sealed record TravelDocumentRecord : IDescribedFact
{
    /// <summary>What kind of document it is.</summary>
    public TravelDocumentType DocumentType { get; init; } = TravelDocumentType.Passport;

    /// <summary>What the record says happened to the document.</summary>
    public required TravelDocumentStatus Status { get; init; }

    /// <summary>For a revoked document: why the issuing state revoked it, as stated; omitted when nobody has said.</summary>
    public RevocationReason? RevocationReason { get; init; }

    /// <summary>The record came in one upload of many documents at once (RoP §3.5 case 9); null when not known.</summary>
    public bool? PartOfBulkUpload { get; init; }

    /// <summary>The day the document was entered in the database, when known.</summary>
    public DateOnly? RecordedOn { get; init; }

    /// <inheritdoc />
    public string Label => "travel document";
}

/// <summary>The kind of travel or identity document.</summary>
public enum TravelDocumentType
{
    /// <summary>A passport.</summary>
    Passport,

    /// <summary>A national identity card.</summary>
    IdentityCard,

    /// <summary>Another travel or identity document (visa, refugee travel document, ...).</summary>
    Other,
}

/// <summary>What an SLTD record says happened to a document (the categories of the SLTD database, RoP §3.5 fn. 6).</summary>
public enum TravelDocumentStatus
{
    /// <summary>Stolen after issue.</summary>
    Stolen,

    /// <summary>Stolen as a blank, before issue.</summary>
    StolenBlank,

    /// <summary>Lost.</summary>
    Lost,

    /// <summary>Revoked by the issuing state.</summary>
    Revoked,

    /// <summary>Declared invalid.</summary>
    Invalid,
}

/// <summary>Why the issuing state revoked a travel document, as stated.</summary>
public enum RevocationReason
{
    /// <summary>Criminal proceedings against the holder for an ordinary-law crime (the charges describe them).</summary>
    CriminalProceedings,

    /// <summary>The holder criticised the state, its officials or its institutions (spoke, wrote or published).</summary>
    PoliticalExpression,

    /// <summary>The holder's political activity, opposition or membership of a political movement.</summary>
    PoliticalActivity,

    /// <summary>The holder left the country without the state's permission (illegal emigration).</summary>
    LeftCountryWithoutPermission,

    /// <summary>An administrative ground with no bearing on the holder's conduct (replaced, damaged, issued in error, change of name).</summary>
    Administrative,

    /// <summary>Another ground.</summary>
    Other,
}

/// <summary>Who makes a request.</summary>
public enum RequesterType
{
    /// <summary>A National Central Bureau of a member country.</summary>
    Ncb,

    /// <summary>An international entity with powers of investigation and prosecution (e.g. an international tribunal).</summary>
    InternationalEntity,
}

/// <summary>What the requester says it will do once the person is located.</summary>
public enum RequestPurpose
{
    /// <summary>Arrest with a view to extradition.</summary>
    Extradition,

    /// <summary>Arrest with a view to surrender (e.g. to a tribunal, or under an arrest-warrant scheme).</summary>
    Surrender,

    /// <summary>Arrest with a view to another lawful transfer measure.</summary>
    SimilarLawfulAction,

    /// <summary>Locate or trace only (diffusion, RPD Art. 97(1)(b)).</summary>
    LocateOnly,

    /// <summary>Obtain additional information (RPD Art. 97(1)(c)).</summary>
    AdditionalInformation,

    /// <summary>Identify the person (RPD Art. 97(1)(d)).</summary>
    Identification,

    /// <summary>Warn about criminal activities (RPD Art. 97(1)(e)).</summary>
    Warning,

    /// <summary>Information only (RPD Art. 97(1)(f)).</summary>
    Information,

    /// <summary>Anything else (e.g. return through pressure, deportation).</summary>
    Other,
}

/// <summary>Yes, no or unknown.</summary>
public enum YesNoUnknown
{
    /// <summary>Unknown.</summary>
    Unknown,

    /// <summary>Yes.</summary>
    Yes,

    /// <summary>No.</summary>
    No,
}

/// <summary>The requester's assurances about extradition (RPD Art. 84(b)).</summary>
public sealed record ExtraditionAssurance : IDescribedFact
{
    /// <summary>The request was coordinated with the authority that handles extradition.</summary>
    public bool? CoordinatedWithExtraditionAuthority { get; init; }

    /// <summary>The requester assured that extradition or surrender will be sought on arrest.</summary>
    public bool? AssuranceGiven { get; init; }

    /// <inheritdoc />
    public string Label => "extradition assurance";
}

/// <summary>Whether a lawful extradition route exists to where the person is believed to be (from cited reference data).</summary>
public sealed record ExtraditionRoute : IDescribedFact
{
    /// <summary>An extradition treaty between the requester and the state where the person is believed to be.</summary>
    public YesNoUnknown TreatyWithStateOfResidence { get; init; } = YesNoUnknown.Unknown;

    /// <summary>A multilateral convention, reciprocity or an ad hoc basis is available.</summary>
    public bool? OtherLegalBasis { get; init; }

    /// <inheritdoc />
    public string Label => "extradition route";
}

/// <summary>The international dimension of a request.</summary>
public sealed record InternationalDimension : IDescribedFact
{
    /// <summary>The person is believed to be outside the requesting country.</summary>
    public bool? PersonBelievedAbroad { get; init; }

    /// <summary>Where the person is believed to be, ISO 3166-1 alpha-2.</summary>
    [CountryCode]
    public string? BelievedLocation { get; init; }

    /// <summary>The offence or its proceeds cross a border.</summary>
    public bool? CrossBorderElement { get; init; }

    /// <inheritdoc />
    public string Label => "international dimension";
}

/// <summary>The arrest warrant or judicial decision a request rests on.</summary>
public sealed record ArrestWarrant : IDescribedFact
{
    /// <summary>The warrant's reference, if given.</summary>
    public string? Reference { get; init; }

    /// <summary>Whether the warrant is in force as of the case date (not expired, revoked or annulled); null when not known.</summary>
    public bool? Valid { get; init; }

    /// <summary>What kind of body issued it.</summary>
    public AuthorityType? IssuingAuthorityType { get; init; }

    /// <summary>The issuer has the power to issue it under national law (RPD Art. 84(a)).</summary>
    public bool? IssuerCompetent { get; init; }

    /// <summary>For a non-judicial issuer: an appeal to a judicial authority exists (RPD Art. 84(c)).</summary>
    public bool? JudicialAppealAvailable { get; init; }

    /// <summary>The day it was issued.</summary>
    public DateOnly? Date { get; init; }

    /// <inheritdoc />
    public string Label => "arrest warrant";
}

/// <summary>The kind of body that issued a warrant.</summary>
public enum AuthorityType
{
    /// <summary>A court (judicial).</summary>
    Court,

    /// <summary>An investigating judge (judicial).</summary>
    InvestigatingJudge,

    /// <summary>A military court (judicial).</summary>
    MilitaryCourt,

    /// <summary>An international court (judicial).</summary>
    InternationalCourt,

    /// <summary>A prosecutor (non-judicial).</summary>
    Prosecutor,

    /// <summary>The police (non-judicial).</summary>
    Police,

    /// <summary>An administrative body (non-judicial).</summary>
    Administrative,

    /// <summary>A party disciplinary body (non-judicial).</summary>
    PartyDisciplinaryBody,

    /// <summary>Any other body (non-judicial).</summary>
    Other,
}

/// <summary>The summary of facts given with a request.</summary>
public sealed record SummaryOfFacts : IDescribedFact
{
    /// <summary>The summary as written (for reasons and audit; rules never parse it). The four fields below are the screening analyst's conclusions about this text, not facts of the case.</summary>
    public string? Text { get; init; }

    /// <summary>Analyst's conclusion (the requesting NCB's or the General Secretariat's data-quality analyst, reading the text): it describes what this person did (role, concrete acts), not only that they were involved. No rule derives it: rules never parse the text.</summary>
    public bool? DescribesPersonsOwnActs { get; init; }

    /// <summary>Analyst's conclusion (the same analyst, reading the text): it says when the acts took place.</summary>
    public bool? StatesTime { get; init; }

    /// <summary>Analyst's conclusion (the same analyst, reading the text): it says where the acts took place.</summary>
    public bool? StatesPlace { get; init; }

    /// <summary>Analyst's conclusion (the General Secretariat's reviewer under Repository of Practice §3.13, after asking the source for clarifications): the facts as described match the legal elements of the charges and link the person to them.</summary>
    public bool? SupportsCharges { get; init; }

    /// <inheritdoc />
    public string Label => "summary of facts";
}

/// <summary>The data a request gives to identify the wanted person.</summary>
public sealed record Identifiers
{
    /// <summary>
    /// Every kind of identification data the request gives. Stating this list means the request's identification data were
    /// read: a kind not listed is known not to be given.
    /// </summary>
    public required ImmutableArray<IdentifierItem> Given { get; init; }
}

/// <summary>A kind of data that identifies a person (RPD Art. 83(2)(a)).</summary>
public enum IdentifierItem
{
    /// <summary>The family name.</summary>
    FamilyName,

    /// <summary>The forename.</summary>
    Forename,

    /// <summary>The sex.</summary>
    Sex,

    /// <summary>The date of birth (at least the year).</summary>
    DateOfBirth,

    /// <summary>A physical description.</summary>
    PhysicalDescription,

    /// <summary>A DNA profile.</summary>
    DnaProfile,

    /// <summary>Fingerprints.</summary>
    Fingerprints,

    /// <summary>Data of an identity document (passport, national identity card).</summary>
    IdentityDocument,

    /// <summary>A photograph of good quality.</summary>
    Photograph,

    /// <summary>An alias.</summary>
    Alias,

    /// <summary>The names of the person's parents.</summary>
    ParentsNames,
}

/// <summary>Where a person was located under an existing notice, and what the requester did then.</summary>
public sealed record Location : IDescribedFact
{
    /// <summary>The person has been located in a member country.</summary>
    public bool? PersonLocated { get; init; }

    /// <summary>When the person was located.</summary>
    public DateOnly? LocatedDate { get; init; }

    /// <summary>The requester has sent an extradition or surrender request since.</summary>
    public bool? ExtraditionRequestSubmitted { get; init; }

    /// <summary>The General Secretariat consulted the requester about the lack of steps.</summary>
    public bool? ConsultationHeld { get; init; }

    /// <summary>The requester gave reasonable grounds for not acting.</summary>
    public bool? ReasonableGroundsGiven { get; init; }

    /// <inheritdoc />
    public string Label => "location";
}

/// <summary>The General Secretariat's recorded use of the RPD Art. 83(1)(b) exception.</summary>
public sealed record GsException : IDescribedFact
{
    /// <summary>An officer recorded that publication despite failed criteria is of particular importance.</summary>
    public bool Invoked { get; init; }

    /// <summary>The requester was consulted on the exception.</summary>
    public bool ConsultationHeld { get; init; }

    /// <inheritdoc />
    public string Label => "General Secretariat exception";
}

/// <summary>Ethnic or racial labels in a request.</summary>
public sealed record SensitiveLabels : IDescribedFact
{
    /// <summary>The request labels the person by race, ethnicity or national origin.</summary>
    public bool EthnicOrRacialLabelsPresent { get; init; }

    /// <summary>An analyst found the label has particular criminalistic value (e.g. part of a witness description).</summary>
    public bool CriminalisticValue { get; init; }

    /// <inheritdoc />
    public string Label => "sensitive labels";
}
