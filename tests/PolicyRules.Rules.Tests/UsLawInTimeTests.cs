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

    public static TheoryData<string> UsRuleIds() =>
        [.. ScenarioCorpusTests.Engine.Rules.Where(r => r.RuleSet == "us-extradition").Select(r => r.Id)];

    /// <summary>
    /// Each rule page states the law's own date: a remark starting "Law in time:" that names the day the rule's
    /// EffectiveFrom gives, so a date that precedes or postdates its law shows on the page next to the law it claims.
    /// </summary>
    [Theory]
    [MemberData(nameof(UsRuleIds))]
    public void Each_rule_states_the_law_it_encodes_and_the_day_it_took_effect(string ruleId)
    {
        var rule = ScenarioCorpusTests.Engine.Rules.Single(r => r.Id == ruleId);
        var day = rule.EffectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var lawInTime = rule.Remarks.Where(r => r.StartsWith("Law in time", StringComparison.Ordinal)).ToList();
        Assert.True(lawInTime.Count > 0, $"{ruleId} has no remark starting \"Law in time\"");
        Assert.True(
            lawInTime.Any(r => r.Contains(day, StringComparison.Ordinal)),
            $"{ruleId} applies from {day}, but its law-in-time remark does not name that day: {string.Join(" | ", lawInTime)}");
    }

    /// <summary>The District of Columbia clause of 3184 speaks only from 1990: before, a complaint lies only where the person is found.</summary>
    [Theory]
    [InlineData(1985, "only where the person is found")]
    [InlineData(2025, "District of Columbia")]
    public void Not_located_names_the_route_the_law_of_the_day_gives(int year, string expected)
    {
        var json = File.ReadAllText(TestPaths.InRepository("rules", "PolicyRules.Rules.UsExtradition", "Scenarios", "not-located.case.json"))
            .Replace("\"asOf\": \"2025-06-01\"", $"\"asOf\": \"{year}-06-01\"", StringComparison.Ordinal)
            .Replace("2024-01-10", $"{year - 1}-01-10", StringComparison.Ordinal)
            .Replace("2020-11-10", $"{year - 5}-11-10", StringComparison.Ordinal);
        var us = ScenarioCorpusTests.Engine.Evaluate(Cases.CaseReader.Read(json)).RuleSets.Single(r => r.RuleSet == "us-extradition");

        Assert.Contains(expected, Assert.Single(us.Findings, f => f.RuleId == "USX-0701").Reason, StringComparison.Ordinal);
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
