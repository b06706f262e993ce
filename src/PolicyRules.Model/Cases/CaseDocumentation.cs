using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using PolicyRules.Facts;

namespace PolicyRules.Cases;

/// <summary>
/// Writes the case JSON Schema and the vocabulary page from the fact records themselves and their XML documentation, so
/// the published schema, the documentation and the case reader can never disagree.
/// </summary>
public static class CaseDocumentation
{
    /// <summary>The repository-relative path of the schema file.</summary>
    public const string SchemaPath = "docs/case.schema.json";

    /// <summary>The repository-relative path of the vocabulary page.</summary>
    public const string VocabularyPath = "docs/case-vocabulary.md";

    /// <summary>The JSON Schema (draft 2020-12) of a case file.</summary>
    public static string Schema(CaseLimits? limits = null)
    {
        limits ??= CaseLimits.Default;
        var docs = XmlDocs.Load();
        var defs = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var root = ObjectSchema(typeof(Case), docs, defs, limits);
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$id"] = "https://policyrules.invalid/case.schema.json";
        root["title"] = "PolicyRules case";
        ((JsonObject)root["properties"]!)["$schema"] = new JsonObject { ["type"] = "string", ["maxLength"] = limits.MaxStringLength, ["description"] = "Path or URL of this schema, for editors." };
        var ordered = new JsonObject();
        foreach (var key in new[] { "$schema", "$id", "title", "description", "type", "additionalProperties", "required", "properties" })
        {
            if (root[key] is { } value)
            {
                root.Remove(key);
                ordered[key] = value;
            }
        }

        var defsNode = new JsonObject();
        foreach (var (name, node) in defs)
        {
            defsNode[name] = node;
        }

        ordered["$defs"] = defsNode;
        return ordered.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary>The vocabulary page: every field of a case file and every value of every vocabulary, with its meaning.</summary>
    public static string Vocabulary(CaseLimits? limits = null)
    {
        limits ??= CaseLimits.Default;
        var docs = XmlDocs.Load();
        var md = new StringBuilder();
        md.Append("# Case vocabulary\n\n");
        md.Append("<!-- Generated from the fact records in src/PolicyRules.Model/Facts by CaseDocumentation; do not edit by hand. -->\n\n");
        md.Append("A case file is JSON (UTF-8, camelCase names). Dates are `yyyy-MM-dd`; countries are ISO 3166-1 alpha-2 codes in capitals ");
        md.Append("(the user-assigned codes AA, QM-QZ, XA-XZ and ZZ stand for invented states in scenarios); penalties are in months. ");
        md.Append("Unknown fields and unknown values are refused, and so is any date after `asOf`. ");
        md.Append("The JSON Schema is [`case.schema.json`](case.schema.json).\n\n");
        md.Append("## Omitted is unknown\n\n");
        md.Append("A case states only what it means to state. An omitted field that may be null is **unknown**: nobody has said, and ");
        md.Append("no rule denies or allows on it (a rule that would decide on it asks instead; see [verdicts.md](verdicts.md#unknown-is-not-absent-ask-needsinformation-and-the-questions)). ");
        md.Append("What the request is known **not** to contain is said explicitly: `false` for a flag, or the item named in the object's `lacks` list ");
        md.Append("(`\"request\": { \"lacks\": [\"arrestWarrant\"] }`, `\"lacks\": [\"penalty\"]` on a charge). ");
        md.Append("The column *If omitted* says what each field reads as when it is left out; a field that still reads as a fixed value ");
        md.Append("when omitted is not yet three-valued, so state it whenever it matters.\n\n");
        md.Append("## Limits\n\n");
        md.Append(CultureInfo.InvariantCulture, $"- A case is at most {limits.MaxBytes:N0} bytes, nests at most {limits.MaxDepth} levels deep, ");
        md.Append(CultureInfo.InvariantCulture, $"has at most {limits.MaxListItems} items in any list and at most {limits.MaxStringLength:N0} characters in any text.\n");
        md.Append(CultureInfo.InvariantCulture, $"- Dates lie between {limits.EarliestDate:yyyy-MM-dd} and {limits.LatestDate:yyyy-MM-dd}; a field counted in months (its name ends in `Months`) ");
        md.Append(CultureInfo.InvariantCulture, $"is at most {limits.MaxMonths:N0}, one counted in days (ending in `Days`) at most {limits.MaxDays:N0}; other whole numbers fit in 32 bits.\n");

        md.Append("\n## What the schema does not check\n\n");
        md.Append("An app that validates a case against `case.schema.json` before sending it is refused by the reader only for one of ");
        md.Append("these reasons (the contract tests fuzz the reader and the schema against each other and hold them to this list). ");
        md.Append("The reader also skips `//` and `/* */` comments and a leading byte-order mark, which strict JSON parsers refuse.\n\n");
        md.Append("| Check | Applies to | The reader requires | Why not in the schema |\n|---|---|---|---|\n");
        foreach (var check in CaseChecks.All)
        {
            md.Append("| `").Append(check.Id).Append("` | ").Append(check.Where).Append(" | ").Append(check.Rule).Append(" | ").Append(check.WhyNotInSchema).Append(" |\n");
        }

        var records = new List<Type>();
        var enums = new SortedSet<Type>(Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name)));
        Collect(typeof(Case), records, enums);
        foreach (var record in records)
        {
            md.Append("\n## ").Append(record == typeof(Case) ? "The case" : Words(record.Name)).Append(" (`").Append(record.Name).Append("`)\n\n");
            md.Append(docs.Summary(record)).Append("\n\n| Field | Type | Required | If omitted | Meaning |\n|---|---|---|---|---|\n");
            var defaults = Activator.CreateInstance(record);
            foreach (var field in ModelShape.Of(record).Fields.Values)
            {
                md.Append("| `").Append(field.Name).Append("` | ").Append(TypeName(field.Property.PropertyType)).Append(" | ")
                    .Append(field.Required ? "yes" : "no").Append(" | ").Append(IfOmitted(field, defaults)).Append(" | ")
                    .Append(docs.Summary(field.Property).Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
            }
        }

        md.Append("\n## Vocabularies\n");
        foreach (var type in enums)
        {
            md.Append("\n### ").Append(type.Name).Append("\n\n").Append(docs.Summary(type)).Append("\n\n| Value | Meaning |\n|---|---|\n");
            foreach (var value in Enum.GetValues(type).Cast<Enum>())
            {
                var member = type.GetField(value.ToString())!;
                md.Append("| `").Append(Facts.Vocabulary.Name(value)).Append("` | ").Append(docs.Summary(member)).Append(" |\n");
            }
        }

        return md.ToString();
    }

    private static void Collect(Type type, List<Type> records, SortedSet<Type> enums)
    {
        type = Element(type);
        if (type.IsEnum)
        {
            enums.Add(type);
            return;
        }

        if (!IsRecord(type) || records.Contains(type))
        {
            return;
        }

        records.Add(type);
        foreach (var field in ModelShape.Of(type).Fields.Values)
        {
            Collect(field.Property.PropertyType, records, enums);
        }
    }

    private static JsonObject ObjectSchema(Type type, XmlDocs docs, SortedDictionary<string, JsonNode> defs, CaseLimits limits)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var field in ModelShape.Of(type).Fields.Values)
        {
            var schema = FieldSchema(field.Property.PropertyType, field.Property, docs, defs, limits);
            if (field.Nullable)
            {
                schema = OrNull(schema);
            }

            schema["description"] = docs.Summary(field.Property);
            properties[field.Name] = schema;
            if (field.Required)
            {
                required.Add(field.Name);
            }
        }

        var result = new JsonObject
        {
            ["description"] = docs.Summary(type),
            ["type"] = "object",
            ["additionalProperties"] = false,
        };
        if (required.Count > 0)
        {
            result["required"] = required;
        }

        result["properties"] = properties;
        return result;
    }

    private static JsonObject FieldSchema(Type type, PropertyInfo property, XmlDocs docs, SortedDictionary<string, JsonNode> defs, CaseLimits limits)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            return new JsonObject
            {
                ["type"] = "array",
                ["maxItems"] = limits.MaxListItems,
                ["items"] = FieldSchema(type.GetGenericArguments()[0], property, docs, defs, limits),
            };
        }

        if (type == typeof(string))
        {
            if (property.IsDefined(typeof(CountryCodeAttribute)))
            {
                defs["CountryCode"] = new JsonObject
                {
                    ["description"] = "An ISO 3166-1 alpha-2 code in capitals: the 249 assigned codes and the user-assigned AA, QM-QZ, XA-XZ and ZZ (invented states).",
                    ["type"] = "string",
                    ["enum"] = new JsonArray([.. CountryCodes.All.Select(c => (JsonNode)c)]),
                };
                return new JsonObject { ["$ref"] = "#/$defs/CountryCode" };
            }

            if (property.IsDefined(typeof(IdentifierAttribute)))
            {
                // No control or format character anywhere, and some character that is not white space; written without `$`,
                // which some regex dialects let match before a final newline.
                return new JsonObject { ["type"] = "string", ["maxLength"] = limits.MaxStringLength, ["pattern"] = @"^(?![\s\S]*[\p{Cc}\p{Cf}])(?=[\s\S]*\S)" };
            }

            return property.GetCustomAttribute<System.ComponentModel.DataAnnotations.AllowedValuesAttribute>() is { } allowed
                ? new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. allowed.Values.Select(v => JsonValue.Create((string)v!))]) }
                : new JsonObject { ["type"] = "string", ["maxLength"] = limits.MaxStringLength };
        }

        if (type == typeof(int))
        {
            var maximum = property.Name.EndsWith("Months", StringComparison.Ordinal) ? limits.MaxMonths
                : property.Name.EndsWith("Days", StringComparison.Ordinal) ? limits.MaxDays
                : int.MaxValue;
            return new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = maximum };
        }

        if (type == typeof(bool))
        {
            return new JsonObject { ["type"] = "boolean" };
        }

        if (type == typeof(DateOnly))
        {
            // The pattern accepts exactly the calendar dates the reader does (within the limits, leap days included), so a
            // validator need not assert `format`; the lengths keep a trailing newline out where `$` would let it in.
            return new JsonObject { ["type"] = "string", ["format"] = "date", ["minLength"] = 10, ["maxLength"] = 10, ["pattern"] = DatePattern(limits) };
        }

        if (!defs.ContainsKey(type.Name))
        {
            defs[type.Name] = new JsonObject();
            defs[type.Name] = type.IsEnum
                ? new JsonObject
                {
                    ["description"] = docs.Summary(type),
                    ["enum"] = new JsonArray([.. Enum.GetValues(type).Cast<Enum>().Select(v => (JsonNode)Facts.Vocabulary.Name(v))]),
                }
                : ObjectSchema(type, docs, defs, limits);
        }

        return new JsonObject { ["$ref"] = $"#/$defs/{type.Name}" };
    }

    /// <summary>
    /// yyyy-MM-dd on the proleptic Gregorian calendar between the limits' dates, which must span whole centuries (1900-01-01
    /// to 2199-12-31 by default) for a pattern to state them.
    /// </summary>
    private static string DatePattern(CaseLimits limits)
    {
        var (from, to) = (limits.EarliestDate, limits.LatestDate);
        if (from is not { Month: 1, Day: 1 } || from.Year % 100 != 0 || to is not { Month: 12, Day: 31 } || (to.Year + 1) % 100 != 0)
        {
            throw new ArgumentException($"The case schema states date limits as whole centuries; {from:yyyy-MM-dd} to {to:yyyy-MM-dd} are not.", nameof(limits));
        }

        var centuries = Enumerable.Range(from.Year / 100, ((to.Year + 1) / 100) - (from.Year / 100)).ToList();
        var anyCentury = "(?:" + string.Join('|', centuries.Select(c => c.ToString("00", CultureInfo.InvariantCulture))) + ")";
        var leapCenturies = centuries.Where(c => c % 4 == 0).Select(c => c.ToString("00", CultureInfo.InvariantCulture) + "00").ToList();
        var leapYears = anyCentury + "(?:0[48]|[2468][048]|[13579][26])" + (leapCenturies.Count > 0 ? "|" + string.Join('|', leapCenturies) : string.Empty);
        return "^(?:" + anyCentury + "[0-9]{2}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))" +
            "|(?:" + leapYears + ")-02-29)$";
    }

    /// <summary>A field that may be null: its type, or null.</summary>
    private static JsonObject OrNull(JsonObject schema)
    {
        if (schema["type"] is JsonValue type && schema["enum"] is null)
        {
            schema["type"] = new JsonArray(type.GetValue<string>(), "null");
            return schema;
        }

        return new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
    }

    private static Type Element(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>) ? type.GetGenericArguments()[0] : type;
    }

    private static bool IsRecord(Type type) => type.IsClass && type != typeof(string) && type.Namespace == typeof(Case).Namespace;

    /// <summary>What a field reads as when a case leaves it out: refused, unknown, an empty list, or a fixed value.</summary>
    private static string IfOmitted(ModelShape.Field field, object? defaults)
    {
        if (field.Required)
        {
            return "refused";
        }

        if (field.Nullable)
        {
            return "unknown";
        }

        var value = defaults is null ? null : field.Property.GetValue(defaults);
        return value switch
        {
            System.Collections.IEnumerable and not string => "none listed",
            bool flag => flag ? "`true`" : "`false`",
            Enum e => $"`{Facts.Vocabulary.Name(e)}`",
            int number => string.Create(CultureInfo.InvariantCulture, $"`{number}`"),
            null => "unknown",
            _ => "each of its fields omitted",
        };
    }

    private static string TypeName(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            return "list of " + TypeName(type.GetGenericArguments()[0]);
        }

        return type == typeof(string) ? "text" : type == typeof(int) ? "whole number" : type == typeof(bool) ? "true/false"
            : type == typeof(DateOnly) ? "date" : type.IsEnum ? $"[{type.Name}](#{type.Name.ToLowerInvariant()})" : $"{type.Name} object";
    }

    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>The XML documentation the build writes beside the assembly; summaries are the single source of meaning.</summary>
    private sealed class XmlDocs
    {
        private readonly Dictionary<string, string> _summaries;

        private XmlDocs(Dictionary<string, string> summaries) => _summaries = summaries;

        public static XmlDocs Load()
        {
            var path = Path.ChangeExtension(typeof(Case).Assembly.Location, ".xml");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The XML documentation of the fact model is missing at `{path}`; build src/PolicyRules with GenerateDocumentationFile.", path);
            }

            var summaries = XDocument.Load(path).Descendants("member")
                .ToDictionary(m => (string)m.Attribute("name")!, m => Clean(m.Element("summary")), StringComparer.Ordinal);
            return new XmlDocs(summaries);
        }

        public string Summary(Type type) => Get("T:" + type.FullName);

        public string Summary(PropertyInfo property) => Get($"P:{property.DeclaringType!.FullName}.{property.Name}");

        public string Summary(FieldInfo field) => Get($"F:{field.DeclaringType!.FullName}.{field.Name}");

        private string Get(string key) => _summaries.TryGetValue(key, out var text) ? text : string.Empty;

        private static string Clean(XElement? summary)
        {
            if (summary is null)
            {
                return string.Empty;
            }

            var text = string.Concat(summary.Nodes().Select(n => n is XElement e ? (string?)e.Attribute("cref")?.Value.Split('.').Last() ?? e.Value : n.ToString()));
            return string.Join(' ', text.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries)).Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
        }
    }
}
