using System.Text.Json;
using PolicyRules.Cases;

namespace PolicyRules.Tests;

public sealed class CaseDocumentationTests
{
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
