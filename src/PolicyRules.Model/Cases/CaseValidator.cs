using System.Collections;
using System.Globalization;
using PolicyRules.Facts;

namespace PolicyRules.Cases;

/// <summary>
/// Checks what the types alone cannot: country codes and allowed values (which the schema states too), and the checks of
/// <see cref="CaseChecks"/> that the schema cannot state (dates after the as-of date, sentences, IDs and references).
/// </summary>
internal static class CaseValidator
{
    public static void Validate(Case policyCase, JsonLineMap lines, List<CaseProblem> problems)
    {
        void Add(CaseCheck? check, string path, string message) =>
            problems.Add(new CaseProblem(path, lines.LineOf(path), message) { Check = check });

        Walk(policyCase, "$", (path, field, value) =>
        {
            if (field.CountryCode && value is string code && !CountryCodes.IsValid(code))
            {
                Add(null, path, $"\"{Echo.Of(code)}\" is not an ISO 3166-1 alpha-2 country code; use two capital letters such as \"FR\" (XA-XZ for invented states).");
            }

            if (field.Identifier && value is string id && !IsVisibleId(id))
            {
                Add(null, path, IdProblem(id));
            }

            if (value is DateOnly date && path != "$.asOf" && date > policyCase.AsOf)
            {
                Add(CaseChecks.DateAfterAsOf, path, $"the date {Iso(date)} is after the case's as-of date {Iso(policyCase.AsOf)}; a case can only state what has happened by then.");
            }
        });

        if (policyCase.Request.RequesterType == RequesterType.Ncb && policyCase.Request.RequestingCountry is null)
        {
            Add(CaseChecks.NcbNamesCountry, "$.request", "missing field `requestingCountry`: a request from a National Central Bureau names its country (ISO 3166-1 alpha-2).");
        }

        var request = policyCase.Request;
        if (request.Lacks.Contains(RequestItem.ArrestWarrant) && request.ArrestWarrant is not null)
        {
            Add(CaseChecks.LacksContradicted, "$.request.lacks", "the request is said to lack an arrest warrant, yet `arrestWarrant` describes one; remove one of the two.");
        }

        if (request.Lacks.Contains(RequestItem.SummaryOfFacts) && request.SummaryOfFacts is not null)
        {
            Add(CaseChecks.LacksContradicted, "$.request.lacks", "the request is said to lack a summary of facts, yet `summaryOfFacts` describes one; remove one of the two.");
        }

        if (request.Lacks.Distinct().Count() != request.Lacks.Length)
        {
            Add(CaseChecks.LacksListedOnce, "$.request.lacks", "an item is listed twice; list each item once.");
        }

        if (request.Identifiers is { } identifiers && identifiers.Given.Distinct().Count() != identifiers.Given.Length)
        {
            Add(CaseChecks.IdentifiersListedOnce, "$.request.identifiers.given", "a kind of identification data is listed twice; list each kind once.");
        }

        ValidateKind(request, Add);

        for (var i = 0; i < request.History.Length; i++)
        {
            ValidateHistoryEntry(request.History[i], $"$.request.history[{i}]", Add);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < policyCase.Charges.Length; i++)
        {
            var charge = policyCase.Charges[i];
            var path = $"$.charges[{i}]";
            if (!ids.Add(charge.Id))
            {
                Add(CaseChecks.UniqueChargeId, $"{path}.id", $"the charge ID \"{Echo.Of(charge.Id)}\" is used twice; give each charge its own ID.");
            }

            if (charge.Lacks.Contains(ChargeItem.Provision) && charge.Provision is not null)
            {
                Add(CaseChecks.LacksContradicted, $"{path}.lacks", $"charge {Echo.Of(charge.Id)} is said to lack its penal provision, yet `provision` gives one; remove one of the two.");
            }

            if (charge.Lacks.Contains(ChargeItem.Penalty) && (charge.Stage == Stage.Prosecution
                    ? charge.MaxPenaltyMonths is not null
                    : charge.SentenceImposedMonths is not null || charge.SentenceRemainingMonths is not null))
            {
                Add(CaseChecks.LacksContradicted, $"{path}.lacks", $"charge {Echo.Of(charge.Id)} is said to lack its penalty, yet {(charge.Stage == Stage.Prosecution ? "a maximum" : "a sentence")} is given; remove one of the two.");
            }

            if (charge.Lacks.Distinct().Count() != charge.Lacks.Length)
            {
                Add(CaseChecks.LacksListedOnce, $"{path}.lacks", "an item is listed twice; list each item once.");
            }

            if (charge.SentenceImposedMonths is { } imposed && charge.MaxPenaltyMonths is { } max && imposed > max)
            {
                Add(CaseChecks.SentenceImposedWithinMaximum, $"{path}.sentenceImposedMonths", $"the sentence imposed ({imposed} months) is longer than the maximum penalty ({max} months); check both figures.");
            }

            if (charge.SentenceRemainingMonths is { } remaining && charge.SentenceImposedMonths is { } given && remaining > given)
            {
                Add(CaseChecks.SentenceRemainingWithinImposed, $"{path}.sentenceRemainingMonths", $"the sentence remaining ({remaining} months) is longer than the sentence imposed ({given} months); check both figures.");
            }
        }

        if (policyCase.Us is { } us)
        {
            ValidateUs(policyCase, us, ids, Add);
        }
    }

    /// <summary>The blocks and purposes that belong to the request's kind.</summary>
    private static void ValidateKind(Request request, Action<CaseCheck?, string, string> add)
    {
        var kind = Vocabulary.Name(request.Kind);
        if (request.Kind == RequestKind.SltdRecord && request.TravelDocument is null)
        {
            add(CaseChecks.KindBlocks, "$.request", "missing field `travelDocument`: an SLTD record (kind \"sltdRecord\") describes the document and its status.");
        }

        if (request.Kind != RequestKind.SltdRecord && request.TravelDocument is not null)
        {
            add(CaseChecks.KindBlocks, "$.request.travelDocument", $"`travelDocument` belongs to an SLTD record, but the request is a \"{kind}\"; set `kind` to \"sltdRecord\" or remove `travelDocument`.");
        }

        if (request.Kind != RequestKind.YellowNotice && request.MissingPerson is not null)
        {
            add(CaseChecks.KindBlocks, "$.request.missingPerson", $"`missingPerson` belongs to a Yellow notice, but the request is a \"{kind}\"; set `kind` to \"yellowNotice\" or remove `missingPerson`.");
        }

        if (request.Kind == RequestKind.Diffusion && request.Purpose is RequestPurpose.LocateOnly or RequestPurpose.AdditionalInformation or RequestPurpose.Identification)
        {
            add(CaseChecks.KindPurpose, "$.request.purpose", $"a wanted-person diffusion (kind \"diffusion\") seeks an arrest, but the purpose is \"{Vocabulary.Name(request.Purpose.Value)}\"; a diffusion to locate, inform or identify is kind \"blueDiffusion\" (RPD Art. 97(1)(b)-(d)).");
        }

        if (request.Kind == RequestKind.SltdRecord && request.Purpose is not null)
        {
            add(CaseChecks.KindPurpose, "$.request.purpose", "an SLTD record states no purpose (the database serves border control and the location of documents); remove `purpose`.");
        }

        if (request.TravelDocument is { RevocationReason: not null } document && document.Status != TravelDocumentStatus.Revoked)
        {
            add(CaseChecks.RevocationReasonOnRevoked, "$.request.travelDocument.revocationReason", $"the document's status is \"{Vocabulary.Name(document.Status)}\", not \"revoked\", so it has no revocation reason; remove `revocationReason` or set `status` to \"revoked\".");
        }
    }

    /// <summary>The rulings count by count: one entry per charge of the case, agreeing with the case-wide certification and with each other.</summary>
    private static void ValidateCounts(UsProceedings p, Action<string, string> checkCharge, Action<CaseCheck?, string, string> add)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < p.Counts.Length; i++)
        {
            var count = p.Counts[i];
            var path = $"$.us.proceedings.counts[{i}]";
            checkCharge($"{path}.chargeId", count.ChargeId);
            if (!seen.Add(count.ChargeId))
            {
                add(CaseChecks.UniqueCount, $"{path}.chargeId", $"charge \"{Echo.Of(count.ChargeId)}\" has two entries of rulings; state each count's rulings in one entry.");
            }

            if (count.Certification is CertificationStatus.Pending or CertificationStatus.NotCertified && (count.Habeas is not null || count.Appeal is not null))
            {
                add(CaseChecks.RecordOrder, $"{path}.certification", $"count \"{Echo.Of(count.ChargeId)}\" is \"{Vocabulary.Name(count.Certification.Value)}\", but a habeas or appeal result follows a certification; state \"certified\", or leave `certification` out and the later result implies it.");
            }

            if (count.Habeas == HabeasResult.Pending && count.Appeal is AppealResult.Affirmed or AppealResult.Reversed)
            {
                add(CaseChecks.RecordOrder, $"{path}.appeal", $"count \"{Echo.Of(count.ChargeId)}\" has an appeal decided while its habeas petition is pending; state the habeas result.");
            }

            var decided = count.Certification is CertificationStatus.Certified or CertificationStatus.NotCertified || count.Habeas is not null || count.Appeal is not null;
            if (p.Certification == CertificationStatus.Pending && decided)
            {
                add(CaseChecks.RecordOrder, $"{path}.chargeId", $"`certification` is \"pending\", but count \"{Echo.Of(count.ChargeId)}\" has been ruled on; leave the case-wide `certification` out when the counts state it.");
            }

            if (p.Certification == CertificationStatus.NotCertified && (count.Certification == CertificationStatus.Certified || count.Habeas is not null || count.Appeal is not null))
            {
                add(CaseChecks.RecordOrder, $"{path}.chargeId", $"`certification` is \"notCertified\", but count \"{Echo.Of(count.ChargeId)}\" was certified; leave the case-wide `certification` out when the counts state it.");
            }
        }
    }

    /// <summary>An entry of the request's history states only the fields of its kind, a decision with its day, and its days in order.</summary>
    private static void ValidateHistoryEntry(InterpolHistoryEntry entry, string path, Action<CaseCheck?, string, string> add)
    {
        if (entry.Kind != InterpolHistoryKind.CcfApplication)
        {
            var kind = Vocabulary.Name(entry.Kind);
            foreach (var (field, set) in new[] { ("asks", entry.Asks is not null), ("admissibleOn", entry.AdmissibleOn is not null), ("decision", entry.Decision is not null), ("decidedOn", entry.DecidedOn is not null) })
            {
                if (set)
                {
                    add(CaseChecks.HistoryEntryFields, $"{path}.{field}", $"`{field}` belongs to an application to the CCF, not to a \"{kind}\" entry; remove it, or make the entry's kind \"ccfApplication\".");
                }
            }

            return;
        }

        var decided = entry.Decision is { } d && d != CcfDecision.Pending;
        if (decided && entry.DecidedOn is null)
        {
            add(CaseChecks.HistoryEntryFields, $"{path}.decidedOn", $"missing field `decidedOn`: the CCF's decision \"{Vocabulary.Name(entry.Decision!.Value)}\" has a day; state it (yyyy-MM-dd).");
        }

        if (!decided && entry.DecidedOn is not null)
        {
            add(CaseChecks.HistoryEntryFields, $"{path}.decidedOn", $"`decidedOn` is set, but `decision` is {(entry.Decision is null ? "not stated" : "\"pending\"")}; state the decision (\"deleted\", \"kept\" or \"keptWithUpdate\"), or remove `decidedOn`.");
        }

        var days = new (string Field, DateOnly? Day)[] { ("date", entry.Date), ("admissibleOn", entry.AdmissibleOn), ("decidedOn", entry.DecidedOn) }
            .Where(x => x.Day is not null).ToList();
        for (var i = 1; i < days.Count; i++)
        {
            if (days[i].Day < days[i - 1].Day)
            {
                add(CaseChecks.HistoryEntryFields, $"{path}.{days[i].Field}", $"`{days[i].Field}` ({Iso(days[i].Day)}) is before `{days[i - 1].Field}` ({Iso(days[i - 1].Day)}); an application is received, then declared admissible, then decided.");
            }
        }
    }

    /// <summary>Cross-field checks of the U.S. block: references to charges, required companions, nationality and status.</summary>
    private static void ValidateUs(Case policyCase, UsSituation us, HashSet<string> chargeIds, Action<CaseCheck?, string, string> add)
    {
        void CheckCharge(string path, string id)
        {
            if (!IsVisibleId(id))
            {
                // Already reported as an ID that is blank or holds invisible characters.
                return;
            }

            if (!chargeIds.Contains(id))
            {
                add(CaseChecks.ChargeReference, path, $"the charge ID \"{Echo.Of(id)}\" names no charge of this case; use the ID of one of the charges.");
            }
        }

        for (var i = 0; i < us.OffenceAnalysis.Length; i++)
        {
            CheckCharge($"$.us.offenceAnalysis[{i}].chargeId", us.OffenceAnalysis[i].ChargeId);
        }

        var requestIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < us.Requests.Length; i++)
        {
            if (!requestIds.Add(us.Requests[i].Id))
            {
                add(CaseChecks.UniqueRequestId, $"$.us.requests[{i}].id", $"the request ID \"{Echo.Of(us.Requests[i].Id)}\" is used twice; give each request its own ID.");
            }

            for (var j = 0; j < us.Requests[i].ChargeIds.Length; j++)
            {
                CheckCharge($"$.us.requests[{i}].chargeIds[{j}]", us.Requests[i].ChargeIds[j]);
            }
        }

        for (var i = 0; i < us.PriorUsProsecutions.Length; i++)
        {
            CheckCharge($"$.us.priorUsProsecutions[{i}].chargeId", us.PriorUsProsecutions[i].ChargeId);
        }

        if (us.Proceedings is { } p)
        {
            if (p.ArrestedOn is not null && p.ArrestKind is null)
            {
                add(CaseChecks.ArrestHasKind, "$.us.proceedings.arrestKind", "missing field `arrestKind`: an arrest (arrestedOn) is either \"provisional\" or \"formal\".");
            }

            if (p.Certification == CertificationStatus.Certified && p.CertifiedOn is null)
            {
                add(CaseChecks.CertifiedHasDate, "$.us.proceedings.certifiedOn", "missing field `certifiedOn`: a certified person has a date of certification and commitment.");
            }

            if (p.Certification is CertificationStatus.Pending or CertificationStatus.NotCertified && LaterThanCertification(p) is { } later)
            {
                add(CaseChecks.RecordOrder, "$.us.proceedings.certification", $"`certification` is \"{Vocabulary.Name(p.Certification.Value)}\", but {later} follows a certification; state \"certified\", or leave `certification` out and the later step implies it.");
            }

            var steps = new (string Field, DateOnly? Day)[]
            {
                ("complaintFiledOn", p.ComplaintFiledOn), ("arrestedOn", p.ArrestedOn), ("hearingHeldOn", p.HearingHeldOn),
                ("certifiedOn", p.CertifiedOn), ("secretaryDecisionOn", p.SecretaryDecisionOn), ("surrenderedOn", p.SurrenderedOn),
            }.Where(x => x.Day is not null).ToList();
            for (var i = 1; i < steps.Count; i++)
            {
                if (steps[i].Day < steps[i - 1].Day)
                {
                    add(CaseChecks.RecordOrder, $"$.us.proceedings.{steps[i].Field}", $"`{steps[i].Field}` ({Iso(steps[i].Day)}) is before `{steps[i - 1].Field}` ({Iso(steps[i - 1].Day)}); the steps of the record come in the law's order: complaint, arrest, hearing, certification, the Secretary's decision, surrender.");
                }
            }

            if (p.SecretaryDecision is Facts.SecretaryDecision.Pending or Facts.SecretaryDecision.Denied && p.SurrenderedOn is not null)
            {
                add(CaseChecks.RecordOrder, "$.us.proceedings.secretaryDecision", $"`secretaryDecision` is \"{Vocabulary.Name(p.SecretaryDecision.Value)}\", but `surrenderedOn` follows an order to surrender; state the order, or leave `secretaryDecision` out and the surrender implies it.");
            }

            ValidateCounts(p, CheckCharge, add);
            if (p.FormalRequestInTime is not null && us.Requests.Any(r => r.Kind == UsRequestKind.FormalExtradition))
            {
                add(CaseChecks.RecordOrder, "$.us.proceedings.formalRequestInTime", "`formalRequestInTime` is stated beside a formal request listed in `us.requests`, whose date decides; leave `formalRequestInTime` out.");
            }

            if (p.DischargedOn is not null && p.DischargeReason is null)
            {
                add(CaseChecks.DischargeHasReason, "$.us.proceedings.dischargeReason", "missing field `dischargeReason`: say why the person was discharged (dischargedOn is set).");
            }
        }

        if (policyCase.Person.Nationalities.Contains("US") && us.PersonStatus is not (UsPersonStatus.Citizen or UsPersonStatus.NonCitizenNational))
        {
            add(CaseChecks.UsNationalStatus, "$.us.personStatus", "the person's nationalities include \"US\", so the U.S. status must be \"citizen\" or \"nonCitizenNational\".");
        }
    }

    /// <summary>
    /// IDs are matched by their exact characters, so an invisible one (a zero-width space, a bidirectional override, a
    /// control character) would make two IDs that read the same differ, or one that reads differently match.
    /// </summary>
    /// <summary>An ID has visible characters only (no control or format characters) and is not blank; the schema's ID pattern says the same.</summary>
    internal static bool IsVisibleId(string id) =>
        !string.IsNullOrWhiteSpace(id) && !id.Any(c => char.IsControl(c) || Echo.IsInvisible(c));

    private static string IdProblem(string id)
    {
        foreach (var c in id)
        {
            if (char.IsControl(c) || Echo.IsInvisible(c))
            {
                return $"the ID \"{Echo.Of(id)}\" contains the invisible character U+{(int)c:X4}; use visible characters only.";
            }
        }

        return "the ID is empty; give it visible characters.";
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Visits every field value of the case graph with its JSON path, so checks apply wherever a field appears.</summary>
    private static void Walk(object node, string path, Action<string, ModelShape.Field, object?> visit)
    {
        foreach (var field in ModelShape.Of(node.GetType()).Fields.Values)
        {
            // Most fields are numbers, flags and enums; reading them and naming their paths was a fifth of a batch run.
            if (field.Scalar && !field.CountryCode && !field.Identifier)
            {
                continue;
            }

            var value = field.Property.GetValue(node);
            var childPath = JsonLineMap.Child(path, field.Name);
            if (value is IEnumerable items and not string)
            {
                var index = 0;
                foreach (var item in items)
                {
                    var itemPath = $"{childPath}[{index++}]";
                    visit(itemPath, field, item);
                    if (IsRecord(item))
                    {
                        Walk(item!, itemPath, visit);
                    }
                }

                continue;
            }

            visit(childPath, field, value);
            if (IsRecord(value))
            {
                Walk(value!, childPath, visit);
            }
        }
    }

    private static bool IsRecord(object? value) =>
        value is not null && value is not string && !value.GetType().IsValueType;

    private static string Iso(DateOnly? day) => day!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The later step stated in the record that only a certified person reaches, in words; null when none is stated.
    private static string? LaterThanCertification(UsProceedings p) =>
        p.CertifiedOn is not null ? "`certifiedOn`"
        : p.HabeasPending ? "a habeas petition (`habeasPending`)"
        : p.SecretaryDecision is { } d && d != Facts.SecretaryDecision.Pending ? "the Secretary's decision (`secretaryDecision`)"
        : p.SurrenderedOn is not null ? "`surrenderedOn`"
        : p.DischargeReason is DischargeReason.Section3188 or DischargeReason.SecretaryDenial ? "the discharge reason"
        : null;
}
