using PolicyRules.Snapshots;
using PolicyRules.Testing;

namespace PolicyRules.Rules.Tests;

/// <summary>
/// Every built-in rule is exercised by the corpus: at least one scenario where it fires, and one near miss (a scenario where
/// it does not fire although some of its conditions hold; see docs/rules/README.md). Gaps the team knows about are listed,
/// each with its rule ID, in each rule set's coverage-gaps.txt (read by `policyrules coverage` too); an unlisted gap fails, and so does a listed gap that has been closed, so the
/// list only ever shrinks.
/// </summary>
public sealed class RuleCoverageTests
{
    private static readonly Lazy<CoverageReport> SharedCoverage = new(() => RuleCoverage.Measure(
        ScenarioCorpusTests.Engine,
        ScenarioCorpus.Discover(
            ScenarioCorpusTests.Engine.RuleSets.Select(rs => TestPaths.InRepository("rules", rs.Assembly.GetName().Name!, "Scenarios")).Where(Directory.Exists),
            ScenarioCorpusTests.RuleSetOfFolder),
        s => Path.GetRelativePath(TestPaths.RepositoryRoot, s.CasePath).Replace('\\', '/')[..^Scenario.CaseSuffix.Length]));

    /// <summary>Coverage of the built-in corpus, measured once for the test run.</summary>
    internal static CoverageReport Coverage => SharedCoverage.Value;

    /// <summary>The known gaps, from each rule set's coverage-gaps.txt: the same files `policyrules coverage` reads.</summary>
    private static readonly Lazy<GapCheck> SharedGaps = new(() => CoverageGaps.Check(
        Coverage,
        CoverageGaps.Read(ScenarioCorpusTests.Engine.RuleSets.Select(rs => TestPaths.InRepository("rules", rs.Assembly.GetName().Name!, CoverageGaps.FileName))),
        "rules/<RuleSet>/Scenarios"));

    public static TheoryData<string> RuleIds() => [.. ScenarioCorpusTests.Engine.Rules.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_fires_in_a_scenario_and_has_a_near_miss(string ruleId)
    {
        var problems = SharedGaps.Value.Problems.Where(p => p.RuleId == ruleId).Select(p => p.Message).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Known_gaps_name_existing_rules_and_gaps()
    {
        var ruleIds = ScenarioCorpusTests.Engine.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(SharedGaps.Value.Known);
        var problems = SharedGaps.Value.Problems.Where(p => !ruleIds.Contains(p.RuleId) || p.Message.Contains("is not a gap", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => p.Message)));
    }
}
