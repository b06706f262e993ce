using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PolicyRules.Facts;
using PolicyRules.Verdicts;

namespace PolicyRules.Json;

/// <summary>
/// The one JSON form of cases and verdicts, shared by the CLI, the server and the snapshots: camelCase names, enum values as
/// camelCase strings, dates as yyyy-MM-dd, two-space indents, LF line ends, a trailing newline, no nulls.
/// </summary>
public static class PolicyJson
{
    /// <summary>Serializer options for cases and verdicts.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: true);

    /// <summary>The same options on one line, for JSON Lines output.</summary>
    public static JsonSerializerOptions CompactOptions { get; } = CreateOptions(indented: false);

    /// <summary>The canonical text of a verdict: stable order, invariant formats, LF, trailing newline.</summary>
    public static string Canonical(Verdict verdict) => JsonSerializer.Serialize(verdict, Options) + "\n";

    /// <summary>The canonical text of a case.</summary>
    public static string Canonical(Case policyCase) => JsonSerializer.Serialize(policyCase, Options) + "\n";

    /// <summary>A verdict on one line (JSON Lines).</summary>
    public static string Line(Verdict verdict) => JsonSerializer.Serialize(verdict, CompactOptions);

    /// <summary>Reads a verdict back from its JSON form.</summary>
    public static Verdict ParseVerdict(string json) =>
        JsonSerializer.Deserialize<Verdict>(json, Options) ?? throw new JsonException("The verdict is JSON null.");

    private static void OnlySettableProperties(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].Set is null && info.Properties[i].AssociatedParameter is null)
            {
                info.Properties.RemoveAt(i);
            }
            else if (info.Properties[i].PropertyType == typeof(ImmutableArray<VerdictQuestion>))
            {
                // A verdict without open questions reads as it did before questions existed.
                info.Properties[i].ShouldSerialize = static (_, value) => value is ImmutableArray<VerdictQuestion> { IsDefaultOrEmpty: false };
            }
            else if (info.Properties[i].PropertyType == typeof(ImmutableArray<ChargeVerdict>))
            {
                // Likewise a rule set without per-charge outcomes, or a case without charges.
                info.Properties[i].ShouldSerialize = static (_, value) => value is ImmutableArray<ChargeVerdict> { IsDefaultOrEmpty: false };
            }
        }
    }

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            IndentSize = 2,
            NewLine = "\n",
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Reasons are read by lawyers in diffs: keep apostrophes, section signs and accents as written.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            // Only settable properties are data; computed ones (a fact's label) are not written, just as the case reader never reads them.
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OnlySettableProperties } },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
