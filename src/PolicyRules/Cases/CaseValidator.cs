using System.Collections;
using System.Globalization;
using System.Reflection;
using PolicyRules.Facts;

namespace PolicyRules.Cases;

/// <summary>Checks what the types alone cannot: country codes, dates after the as-of date, sentences, unique charge IDs.</summary>
internal static class CaseValidator
{
    public static void Validate(Case policyCase, JsonLineMap lines, List<CaseProblem> problems)
    {
        void Add(string path, string message) => problems.Add(new CaseProblem(path, lines.LineOf(path), message));

        Walk(policyCase, "$", (path, property, value) =>
        {
            if (property.IsDefined(typeof(CountryCodeAttribute)) && value is string code && !CountryCodes.IsValid(code))
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

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < policyCase.Charges.Length; i++)
        {
            var charge = policyCase.Charges[i];
            var path = $"$.charges[{i}]";
            if (!ids.Add(charge.Id))
            {
                Add($"{path}.id", $"the charge ID \"{Echo.Of(charge.Id)}\" is used twice; give each charge its own ID.");
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
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Visits every field value of the case graph with its JSON path, so checks apply wherever a field appears.</summary>
    private static void Walk(object node, string path, Action<string, PropertyInfo, object?> visit)
    {
        foreach (var field in ModelShape.Of(node.GetType()).Fields.Values)
        {
            var value = field.Property.GetValue(node);
            var childPath = JsonLineMap.Child(path, field.Name);
            if (value is IEnumerable items and not string)
            {
                var index = 0;
                foreach (var item in items)
                {
                    var itemPath = $"{childPath}[{index++}]";
                    visit(itemPath, field.Property, item);
                    if (IsRecord(item))
                    {
                        Walk(item!, itemPath, visit);
                    }
                }

                continue;
            }

            visit(childPath, field.Property, value);
            if (IsRecord(value))
            {
                Walk(value!, childPath, visit);
            }
        }
    }

    private static bool IsRecord(object? value) =>
        value is not null && value is not string && !value.GetType().IsValueType;
}
