using System.Text;
using PolicyRules.Rules.UsExtradition.Reference;

namespace PolicyRules.Rules.Tests;

/// <summary>The U.S. treaty table loads, and a broken row stops the load with a message naming the row and field.</summary>
public sealed class UsTreatyTableTests
{
    private const string GoodRow =
        """{ "country": "XA", "name": "Xa", "status": "inForce", "year": 1990, "inForceSince": null, "type": "list", "typeConfidence": "C", "provisionalArrestDays": 60, "provisionalArrestMonths": null, "provisionalArrestStart": "arrest", "provisionalArrestConfidence": "C", "politicalOffenceClause": null, "violentCrimeCarveOut": null, "multilateralCarveOut": null, "disputed": false, "confidence": "C", "source": "test", "notes": null }""";

    [Fact]
    public void Embedded_table_loads_every_row()
    {
        var table = new TreatyTable();

        Assert.Equal(137, table.Rows.Count);
        Assert.Equal(TreatyState.Suspended, table.Rows["HK"].State);
        Assert.Equal(45, table.Rows["IT"].ProvisionalArrestDays);
    }

    [Fact]
    public void A_country_without_a_row_is_not_on_record()
    {
        var facts = new TreatyTable().FactsFor(new Facts.Case
        {
            AsOf = new DateOnly(2025, 6, 1),
            Request = new Facts.Request { Kind = Facts.RequestKind.RedNotice, RequestingCountry = "TD" },
            Person = new Facts.Person(),
        });

        var status = Assert.IsType<TreatyStatus>(Assert.Single(facts));
        Assert.Equal(TreatyState.NotOnRecord, status.State);
        Assert.False(status.StatusConfirmed);
    }

    [Theory]
    [InlineData("\"provisionalArrestMonths\": null", "\"provisionalArrestMonths\": 2", "provisionalArrestMonths")]
    [InlineData("\"provisionalArrestStart\": \"arrest\"", "\"provisionalArrestStart\": null", "provisionalArrestStart")]
    [InlineData("\"year\": 1990", "\"year\": 1700", "year")]
    [InlineData("\"confidence\": \"C\"", "\"confidence\": \"X\"", "confidence")]
    [InlineData("\"source\": \"test\"", "\"source\": \" \"", "source")]
    [InlineData("\"status\": \"inForce\"", "\"status\": \"none\"", "status")]
    public void A_broken_row_names_the_row_and_the_field(string good, string bad, string field)
    {
        var row = GoodRow.Replace(good, bad, StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => Load($"[{GoodRow.Replace("XA", "XB", StringComparison.Ordinal)}, {row}]"));

        Assert.Contains("row 1 (XA)", error.Message, StringComparison.Ordinal);
        Assert.Contains($"`{field}`", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"status\": \"inForce\"", "\"status\": 1", "$[0].status")]
    [InlineData("\"disputed\": false", "\"disputed\": false, \"extra\": 1", "$[0]")]
    [InlineData("\"source\": \"test\", ", "", "$[0]")]
    public void A_row_that_does_not_read_names_its_json_path(string good, string bad, string path)
    {
        var error = Assert.Throws<InvalidDataException>(() => Load($"[{GoodRow.Replace(good, bad, StringComparison.Ordinal)}]"));

        Assert.StartsWith($"Treaty table, {path}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_twice_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load($"[{GoodRow}, {GoodRow}]"));

        Assert.Contains("appears twice", error.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyDictionary<string, TreatyStatus> Load(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return TreatyTable.Load(stream);
    }
}

/// <summary>USX-0607 speaks when the INTERPOL rule set did not run (a U.S.-only engine, or a case before the INTERPOL rules apply).</summary>
public sealed class UsInterpolScreeningUnavailableTests
{
    [Fact]
    public void Without_the_interpol_rule_set_the_us_verdict_says_no_screening_is_available()
    {
        var usOnly = Engine.PolicyEngine.Create(UsExtradition.UsExtraditionRuleSet.Assembly);
        var both = ScenarioCorpusTests.Engine;
        var policyCase = Cases.CaseReader.ReadFile(Testing.TestPaths.InRepository("rules", "PolicyRules.Rules.UsExtradition", "Scenarios", "suspended-agreement.case.json"));

        Assert.Contains(usOnly.Evaluate(policyCase).For("us-extradition")!.Findings, f => f.RuleId == "USX-0607");
        Assert.DoesNotContain(both.Evaluate(policyCase).For("us-extradition")!.Findings, f => f.RuleId == "USX-0607");
    }
}
