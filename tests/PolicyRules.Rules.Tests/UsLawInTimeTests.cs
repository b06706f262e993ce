using PolicyRules.Testing;
using PolicyRules.Verdicts;

namespace PolicyRules.Rules.Tests;

/// <summary>
/// The U.S. rules apply from when their law took effect, with no gap in a derivation chain: a standard treaty case
/// (a conforming formal request under a list treaty in force since 1935, received a few weeks before the as-of date)
/// reaches the same procedural state in every year from 1970 to today, not "nothing affirmed" nor a state short of it.
/// </summary>
public sealed class UsLawInTimeTests
{
    private static readonly string StandardCase = File.ReadAllText(
        TestPaths.InRepository("rules", "PolicyRules.Rules.UsExtradition", "Scenarios", "treaty-formal-refer-usao.case.json"));

    public static TheoryData<int> AsOfYears()
    {
        var data = new TheoryData<int>();
        for (var year = 1970; year <= DateTime.UtcNow.Year; year++)
        {
            data.Add(year);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AsOfYears))]
    public void A_standard_treaty_case_reaches_a_procedural_state(int year)
    {
        var us = Evaluate(year);

        var states = us.Findings.Where(f => f.Reason.StartsWith("State: ", StringComparison.Ordinal)).Select(f => f.Reason.Split('.')[0]).ToList();
        Assert.True(
            states is ["State: REFER_USAO_FORMAL"] && us.Outcome == Outcome.Allow,
            $"as of {year}: {us.Outcome}; {string.Join(" | ", us.Findings.Select(f => f.RuleId + " " + f.Reason))}");
    }

    [Fact]
    public void Before_the_recorded_instrument_entered_into_force_the_row_cannot_decide_and_review_names_the_date()
    {
        var us = Evaluate(1990, country: "GB");

        var review = Assert.Single(us.Findings, f => f.RuleId == "USX-0213");
        Assert.Contains("2007-04-26", review.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(us.Findings, f => f.RuleId == "USX-0402");
    }

    private static RuleSetVerdict Evaluate(int year, string country = "AL")
    {
        var json = StandardCase
            .Replace("\"GB\"", $"\"{country}\"", StringComparison.Ordinal)
            .Replace("\"asOf\": \"2025-06-01\"", $"\"asOf\": \"{year}-06-01\"", StringComparison.Ordinal)
            .Replace("2025-05-20", $"{year}-05-20", StringComparison.Ordinal)
            .Replace("2024-01-10", $"{year - 1}-01-10", StringComparison.Ordinal)
            .Replace("2020-11-10", $"{year - 5}-11-10", StringComparison.Ordinal)
            .Replace("Between 2018 and 2019", $"Between {year - 7} and {year - 6}", StringComparison.Ordinal);
        var verdict = ScenarioCorpusTests.Engine.Evaluate(Cases.CaseReader.Read(json));
        return verdict.RuleSets.Single(r => r.RuleSet == "us-extradition");
    }
}
