using System.Text.Json;
using PolicyRules.Cases;
using PolicyRules.Testing;

namespace PolicyRules.Tests;

public sealed class CaseDocumentationTests
{
    // Set POLICYRULES_UPDATE_DOCS=1 to rewrite the committed files from the model, then read the diff before committing.
    private static readonly bool Update = Environment.GetEnvironmentVariable("POLICYRULES_UPDATE_DOCS") == "1";

    [Theory]
    [InlineData(CaseDocumentation.SchemaPath)]
    [InlineData(CaseDocumentation.VocabularyPath)]
    public void Committed_case_docs_match_the_model(string relativePath)
    {
        var generated = relativePath == CaseDocumentation.SchemaPath ? CaseDocumentation.Schema() : CaseDocumentation.Vocabulary();
        var path = TestPaths.InRepository(relativePath.Split('/'));
        if (Update)
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(
            File.Exists(path) && File.ReadAllText(path) == generated,
            $"{relativePath} is stale: the fact model changed. Regenerate with: POLICYRULES_UPDATE_DOCS=1 dotnet test tests/PolicyRules.Model.Tests --filter CaseDocumentationTests");
    }

    [Fact]
    public void Schema_names_every_field_the_reader_accepts_and_forbids_others()
    {
        using var schema = JsonDocument.Parse(CaseDocumentation.Schema());
        var root = schema.RootElement;

        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(["asOf", "request", "person"], root.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).ToArray());
        var charge = root.GetProperty("$defs").GetProperty("Charge");
        Assert.Contains("maxPenaltyMonths", charge.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        var categories = root.GetProperty("$defs").GetProperty("OffenceCategory").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        Assert.Contains("embezzlement", categories);
    }

    [Fact]
    public void Every_vocabulary_value_has_a_meaning()
    {
        var vocabulary = CaseDocumentation.Vocabulary();

        Assert.DoesNotContain("|  |", vocabulary, StringComparison.Ordinal);
        Assert.Contains("| `pressureOnRelatives` | Threats, detention, inducements or harassment", vocabulary, StringComparison.Ordinal);
    }
}
