using System.Collections;
using System.Globalization;
using PolicyRules.Facts;

namespace PolicyRules.Cases;

/// <summary>Checks what the types alone cannot: country codes, dates after the as-of date, sentences, unique charge IDs.</summary>
internal static class CaseValidator
{
    public static void Validate(Case policyCase, JsonLineMap lines, List<CaseProblem> problems)
    {
        void Add(string path, string message) => problems.Add(new CaseProblem(path, lines.LineOf(path), message));

        Walk(policyCase, "$", (path, field, value) =>
        {
            if (field.CountryCode && value is string code && !CountryCodes.IsValid(code))
            {
                Add(path, $"\"{Echo.Of(code)}\" is not an ISO 3166-1 alpha-2 country code; use two capital letters such as \"FR\" (XA-XZ for invented states).");
            }

            if (value is DateOnly date && path != "$.asOf" && date > policyCase.AsOf)
            {
                Add(path, $"the date {Iso(date)} is after the case's as-of date {Iso(policyCase.AsOf)}; a case can only state what has happened by then.");
            }
        });

        if (policyCase.Request.RequesterType == RequesterType.Ncb && policyCase.Request.RequestingCountry is null)
        {
            Add("$.request", "missing field `requestingCountry`: a request from a National Central Bureau names its country (ISO 3166-1 alpha-2).");
        }

        var request = policyCase.Request;
        if (request.Lacks.Contains(RequestItem.ArrestWarrant) && request.ArrestWarrant is not null)
        {
            Add("$.request.lacks", "the request is said to lack an arrest warrant, yet `arrestWarrant` describes one; remove one of the two.");
        }

        if (request.Lacks.Contains(RequestItem.SummaryOfFacts) && request.SummaryOfFacts is not null)
        {
            Add("$.request.lacks", "the request is said to lack a summary of facts, yet `summaryOfFacts` describes one; remove one of the two.");
        }

        if (request.Lacks.Distinct().Count() != request.Lacks.Length)
        {
            Add("$.request.lacks", "an item is listed twice; list each item once.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < policyCase.Charges.Length; i++)
        {
            var charge = policyCase.Charges[i];
            var path = $"$.charges[{i}]";
            CheckId($"{path}.id", charge.Id, Add);
            if (!ids.Add(charge.Id))
            {
                Add($"{path}.id", $"the charge ID \"{Echo.Of(charge.Id)}\" is used twice; give each charge its own ID.");
            }

            if (charge.Lacks.Contains(ChargeItem.Provision) && charge.Provision is not null)
            {
                Add($"{path}.lacks", $"charge {Echo.Of(charge.Id)} is said to lack its penal provision, yet `provision` gives one; remove one of the two.");
            }

            if (charge.Lacks.Contains(ChargeItem.Penalty) && (charge.Stage == Stage.Prosecution
                    ? charge.MaxPenaltyMonths is not null
                    : charge.SentenceImposedMonths is not null || charge.SentenceRemainingMonths is not null))
            {
                Add($"{path}.lacks", $"charge {Echo.Of(charge.Id)} is said to lack its penalty, yet {(charge.Stage == Stage.Prosecution ? "a maximum" : "a sentence")} is given; remove one of the two.");
            }

            if (charge.Lacks.Distinct().Count() != charge.Lacks.Length)
            {
                Add($"{path}.lacks", "an item is listed twice; list each item once.");
            }

            if (charge.SentenceImposedMonths is { } imposed && charge.MaxPenaltyMonths is { } max && imposed > max)
            {
                Add($"{path}.sentenceImposedMonths", $"the sentence imposed ({imposed} months) is longer than the maximum penalty ({max} months); check both figures.");
            }

            if (charge.SentenceRemainingMonths is { } remaining && charge.SentenceImposedMonths is { } given && remaining > given)
            {
                Add($"{path}.sentenceRemainingMonths", $"the sentence remaining ({remaining} months) is longer than the sentence imposed ({given} months); check both figures.");
            }
        }

        if (policyCase.Us is { } us)
        {
            ValidateUs(policyCase, us, ids, Add);
        }
    }

    /// <summary>Cross-field checks of the U.S. block: references to charges, required companions, nationality and status.</summary>
    private static void ValidateUs(Case policyCase, UsSituation us, HashSet<string> chargeIds, Action<string, string> add)
    {
        void CheckCharge(string path, string id)
        {
            if (!CheckId(path, id, add))
            {
                return;
            }

            if (!chargeIds.Contains(id))
            {
                add(path, $"the charge ID \"{Echo.Of(id)}\" names no charge of this case; use the ID of one of the charges.");
            }
        }

        for (var i = 0; i < us.OffenceAnalysis.Length; i++)
        {
            CheckCharge($"$.us.offenceAnalysis[{i}].chargeId", us.OffenceAnalysis[i].ChargeId);
        }

        var requestIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < us.Requests.Length; i++)
        {
            CheckId($"$.us.requests[{i}].id", us.Requests[i].Id, add);
            if (!requestIds.Add(us.Requests[i].Id))
            {
                add($"$.us.requests[{i}].id", $"the request ID \"{Echo.Of(us.Requests[i].Id)}\" is used twice; give each request its own ID.");
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

        if (us.ForumCircuit is { } circuit && circuit != "DC" && !(int.TryParse(circuit, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 11 && circuit == n.ToString(CultureInfo.InvariantCulture)))
        {
            add("$.us.forumCircuit", $"\"{Echo.Of(circuit)}\" is not a federal circuit; use \"1\" to \"11\" or \"DC\".");
        }

        if (us.Proceedings is { } p)
        {
            if (p.ArrestedOn is not null && p.ArrestKind is null)
            {
                add("$.us.proceedings.arrestKind", "missing field `arrestKind`: an arrest (arrestedOn) is either \"provisional\" or \"formal\".");
            }

            if (p.Certification == CertificationStatus.Certified && p.CertifiedOn is null)
            {
                add("$.us.proceedings.certifiedOn", "missing field `certifiedOn`: a certified person has a date of certification and commitment.");
            }

            if (p.DischargedOn is not null && p.DischargeReason is null)
            {
                add("$.us.proceedings.dischargeReason", "missing field `dischargeReason`: say why the person was discharged (dischargedOn is set).");
            }

            if (p.TravelAllowanceDays < 0)
            {
                add("$.us.proceedings.travelAllowanceDays", $"the travel allowance ({p.TravelAllowanceDays} days) cannot be negative.");
            }
        }

        if (policyCase.Person.Nationalities.Contains("US") && us.PersonStatus is not (UsPersonStatus.Citizen or UsPersonStatus.NonCitizenNational))
        {
            add("$.us.personStatus", "the person's nationalities include \"US\", so the U.S. status must be \"citizen\" or \"nonCitizenNational\".");
        }
    }

    /// <summary>
    /// IDs are matched by their exact characters, so an invisible one (a zero-width space, a bidirectional override, a
    /// control character) would make two IDs that read the same differ, or one that reads differently match.
    /// </summary>
    private static bool CheckId(string path, string id, Action<string, string> add)
    {
        foreach (var c in id)
        {
            if (char.IsControl(c) || Echo.IsInvisible(c))
            {
                add(path, $"the ID \"{Echo.Of(id)}\" contains the invisible character U+{(int)c:X4}; use visible characters only.");
                return false;
            }
        }

        if (id.Length == 0 || string.IsNullOrWhiteSpace(id))
        {
            add(path, "the ID is empty; give it visible characters.");
            return false;
        }

        return true;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Visits every field value of the case graph with its JSON path, so checks apply wherever a field appears.</summary>
    private static void Walk(object node, string path, Action<string, ModelShape.Field, object?> visit)
    {
        foreach (var field in ModelShape.Of(node.GetType()).Fields.Values)
        {
            // Most fields are numbers, flags and enums; reading them and naming their paths was a fifth of a batch run.
            if (field.Scalar && !field.CountryCode)
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
}
