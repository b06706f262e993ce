namespace PolicyRules.Cases;

/// <summary>
/// The checks the case reader makes beyond docs/case.schema.json, each with why the schema does not make it. Everything
/// else the reader checks, the schema states too (the contract tests fuzz both and hold them to this list), so an app
/// that validates a case against the schema is refused only for one of these reasons. Each problem the reader reports for
/// one of them carries its ID (<see cref="CaseProblem.Check"/>); docs/case-vocabulary.md lists them.
/// </summary>
internal static class CaseChecks
{
    public static readonly CaseCheck Size = new(
        "size", "the whole case", "A case is at most 1 MiB (`CaseLimits.MaxBytes`) of UTF-8.",
        "A schema describes the parsed value, not the bytes it came in.");

    public static readonly CaseCheck DuplicateField = new(
        "duplicate-field", "any object", "A field may appear only once in an object.",
        "A schema sees the object a parser made, which keeps one of the two values.");

    public static readonly CaseCheck LoneSurrogate = new(
        "lone-surrogate", "any text", "A `\\u` escape for half of a surrogate pair (e.g. `\\uD800` alone) is refused.",
        "A schema sees the decoded text; what a lone half decodes to depends on the parser.");

    public static readonly CaseCheck DateAfterAsOf = new(
        "date-after-as-of", "every date but `asOf`", "No date may be after the case's `asOf` date.",
        "JSON Schema cannot compare one value of a document with another.");

    public static readonly CaseCheck NcbNamesCountry = new(
        "ncb-names-country", "`request.requestingCountry`", "Required (not null) when `request.requesterType` is `ncb` or omitted.",
        "A requirement that depends on another field's value; kept in one place, the reader.");

    public static readonly CaseCheck UniqueChargeId = new(
        "unique-charge-id", "`charges[].id`", "Each charge has its own ID.",
        "`uniqueItems` compares whole items, not one field of them.");

    public static readonly CaseCheck UniqueRequestId = new(
        "unique-request-id", "`us.requests[].id`", "Each U.S. request has its own ID.",
        "`uniqueItems` compares whole items, not one field of them.");

    public static readonly CaseCheck ChargeReference = new(
        "charge-reference", "`us.offenceAnalysis[].chargeId`, `us.requests[].chargeIds[]`, `us.priorUsProsecutions[].chargeId`, `us.proceedings.counts[].chargeId`",
        "Names a charge of the same case.",
        "JSON Schema cannot refer from one value to another.");

    public static readonly CaseCheck UniqueCount = new(
        "unique-count", "`us.proceedings.counts[].chargeId`", "Each count has one entry of rulings.",
        "`uniqueItems` compares whole items, not one field of them.");

    public static readonly CaseCheck SentenceImposedWithinMaximum = new(
        "sentence-within-maximum", "`charges[].sentenceImposedMonths`", "At most the charge's `maxPenaltyMonths`.",
        "JSON Schema cannot compare one value of a document with another.");

    public static readonly CaseCheck SentenceRemainingWithinImposed = new(
        "remaining-within-imposed", "`charges[].sentenceRemainingMonths`", "At most the charge's `sentenceImposedMonths`.",
        "JSON Schema cannot compare one value of a document with another.");

    public static readonly CaseCheck ArrestHasKind = new(
        "arrest-has-kind", "`us.proceedings.arrestKind`", "Required (not null) when `arrestedOn` is set.",
        "A requirement that depends on another field's value; kept in one place, the reader.");

    public static readonly CaseCheck CertifiedHasDate = new(
        "certified-has-date", "`us.proceedings.certifiedOn`", "Required (not null) when `certification` is `certified`.",
        "A requirement that depends on another field's value; kept in one place, the reader.");

    public static readonly CaseCheck DischargeHasReason = new(
        "discharge-has-reason", "`us.proceedings.dischargeReason`", "Required (not null) when `dischargedOn` is set.",
        "A requirement that depends on another field's value; kept in one place, the reader.");

    public static readonly CaseCheck RecordOrder = new(
        "record-order", "`us.proceedings.certification`, `us.proceedings.secretaryDecision`, the dates of `us.proceedings`",
        "A step stated as not (yet) taken is not followed by a later step stated in the record: `certification` is not `pending` or `notCertified` beside `certifiedOn`, `habeasPending: true`, a Secretary's decision, `surrenderedOn` or a discharge under 3188 or on the Secretary's denial; `secretaryDecision` is not `pending` or `denied` beside `surrenderedOn`; the stated dates come in the law's order (complaint, arrest, hearing, certification, the Secretary's decision, surrender); a count's rulings agree with the case-wide `certification` (none decided while it is `pending`, none certified while it is `notCertified`), a count stated `pending` or `notCertified` has no habeas or appeal result, and an appeal is not decided while its habeas petition is `pending`; `formalRequestInTime` is not stated beside a formal request listed in `us.requests`. Leave an unknown earlier step out and the later one implies it.",
        "A requirement that depends on other fields' values; kept in one place, the reader.");

    public static readonly CaseCheck UsNationalStatus = new(
        "us-national-status", "`us.personStatus`", "`citizen` or `nonCitizenNational` when `person.nationalities` includes `US`.",
        "A requirement that depends on a value in another object; kept in one place, the reader.");

    public static readonly CaseCheck LacksContradicted = new(
        "lacks-contradicted", "`request.lacks`, `charges[].lacks`",
        "An item listed as lacking is not also described (e.g. `arrestWarrant` beside `lacks: [\"arrestWarrant\"]`; a penalty beside `lacks: [\"penalty\"]`).",
        "JSON Schema cannot compare one value of a document with another.");

    public static readonly CaseCheck LacksListedOnce = new(
        "lacks-listed-once", "`request.lacks`, `charges[].lacks`", "Each item is listed once.",
        "Kept with the other `lacks` check so that one place says what a stated gap may hold.");

    public static readonly CaseCheck IdentifiersListedOnce = new(
        "identifiers-listed-once", "`request.identifiers.given`", "Each kind of identification data is listed once.",
        "The schema generator states no `uniqueItems` for lists of names; kept with the `lacks` checks, which say the same of their lists.");

    public static readonly CaseCheck HistoryEntryFields = new(
        "history-entry-fields", "`request.history[]`",
        "`asks`, `admissibleOn`, `decision` and `decidedOn` belong to a `ccfApplication` entry only; a decision other than `pending` has its `decidedOn`, and `decidedOn` goes with such a decision; the dates come in order (`date`, then `admissibleOn`, then `decidedOn`).",
        "Requirements that depend on another field's value; kept in one place, the reader.");

    public static readonly CaseCheck KindBlocks = new(
        "kind-blocks", "`request.travelDocument`, `request.missingPerson`",
        "`travelDocument` is given when `request.kind` is `sltdRecord` and only then; `missingPerson` only when `request.kind` is `yellowNotice`.",
        "A requirement that depends on another field's value; kept in one place, the reader.");

    public static readonly CaseCheck KindPurpose = new(
        "kind-purpose", "`request.purpose`",
        "A wanted-person diffusion (`diffusion`) does not seek only to locate, inform or identify (`locateOnly`, `additionalInformation`, `identification`): that is a `blueDiffusion`. An `sltdRecord` states no `purpose` (the database's purpose is fixed).",
        "A requirement that depends on another field's value; kept in one place, the reader.");

    public static readonly CaseCheck RevocationReasonOnRevoked = new(
        "revocation-reason-on-revoked", "`request.travelDocument.revocationReason`",
        "Given only when `request.travelDocument.status` is `revoked`.",
        "A requirement that depends on another field's value; kept in one place, the reader.");

    /// <summary>Every check, in the order the vocabulary page lists them.</summary>
    public static IReadOnlyList<CaseCheck> All { get; } =
    [
        Size, DuplicateField, LoneSurrogate, DateAfterAsOf, NcbNamesCountry, UniqueChargeId, UniqueRequestId, ChargeReference, UniqueCount,
        SentenceImposedWithinMaximum, SentenceRemainingWithinImposed, ArrestHasKind, CertifiedHasDate, DischargeHasReason, RecordOrder, UsNationalStatus,
        LacksContradicted, LacksListedOnce, IdentifiersListedOnce, KindBlocks, KindPurpose, RevocationReasonOnRevoked, HistoryEntryFields,
    ];
}

/// <summary>One check the reader makes beyond the schema.</summary>
/// <param name="Id">A stable name, carried by each problem the check reports.</param>
/// <param name="Where">The fields it applies to.</param>
/// <param name="Rule">What it requires.</param>
/// <param name="WhyNotInSchema">Why the schema does not state it.</param>
internal sealed record CaseCheck(string Id, string Where, string Rule, string WhyNotInSchema)
{
    public CaseProblem Problem(string path, int? line, string message) => new(path, line, message) { Check = this };
}
