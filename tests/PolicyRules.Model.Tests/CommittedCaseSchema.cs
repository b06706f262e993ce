using System.Text.Json;
using Json.Schema;
using PolicyRules.Cases;
using PolicyRules.Testing;

namespace PolicyRules.Tests;

/// <summary>
/// The committed docs/case.schema.json, checked by an independent validator (JsonSchema.Net, draft 2020-12) the way an
/// editor or a client app would check a case before sending it.
/// </summary>
internal static class CommittedCaseSchema
{
    private static readonly Lazy<string> SchemaText = new(() => File.ReadAllText(TestPaths.InRepository(CaseDocumentation.SchemaPath.Split('/'))));

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(SchemaText.Value));

    /// <summary>The committed schema's text.</summary>
    public static string Text => SchemaText.Value;

    /// <summary>Null when the schema accepts <paramref name="json"/>, else the validator's first errors as one line.</summary>
    public static string? Errors(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        if (Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid)
        {
            return null;
        }

        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({e.Key}): {e.Value}"))
            .Take(5);
        return string.Join("; ", errors);
    }
}
