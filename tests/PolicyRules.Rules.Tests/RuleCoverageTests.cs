using PolicyRules.Snapshots;
using PolicyRules.Testing;

namespace PolicyRules.Rules.Tests;

/// <summary>
/// Every built-in rule is exercised by the corpus: at least one scenario where it fires, and one near miss (a scenario where
/// it does not fire although some of its conditions hold; see docs/rules/README.md). Gaps the team knows about are listed,
/// each with its rule ID, in coverage-gaps.txt; an unlisted gap fails, and so does a listed gap that has been closed, so the
/// list only ever shrinks.
/// </summary>
public sealed class RuleCoverageTests
{
    public const string FiresInNoScenario = "fires-in-no-scenario";
    public const string NoNearMiss = "no-near-miss";

    private static readonly string GapsFile = TestPaths.InRepository("tests", "PolicyRules.Rules.Tests", "coverage-gaps.txt");

    private static readonly Lazy<CoverageReport> SharedCoverage = new(() => RuleCoverage.Measure(
        ScenarioCorpusTests.Engine,
        ScenarioCorpus.Discover(
            ScenarioCorpusTests.Engine.RuleSets.Select(rs => TestPaths.InRepository("rules", rs.Assembly.GetName().Name!, "Scenarios")).Where(Directory.Exists),
            ScenarioCorpusTests.RuleSetOfFolder),
        s => Path.GetRelativePath(TestPaths.RepositoryRoot, s.CasePath).Replace('\\', '/')[..^Scenario.CaseSuffix.Length]));

    /// <summary>Coverage of the built-in corpus, measured once for the test run.</summary>
    internal static CoverageReport Coverage => SharedCoverage.Value;

    public static TheoryData<string> RuleIds() => [.. ScenarioCorpusTests.Engine.Rules.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_fires_in_a_scenario_and_has_a_near_miss(string ruleId)
    {
        var entry = Coverage.For(ruleId)!;
        var gaps = new List<string>();
        if (!entry.Fired)
        {
            gaps.Add(FiresInNoScenario);
        }

        if (!entry.HasNearMiss)
        {
            gaps.Add(NoNearMiss);
        }

        var known = KnownGaps().Where(g => g.RuleId == ruleId).Select(g => g.Gap).ToList();
        var problems = gaps.Except(known).Select(_ => RuleCoverage.Advice(entry, "rules/<RuleSet>/Scenarios"))
            .Concat(known.Except(gaps).Select(g => $"`{ruleId}` no longer has the gap `{g}`: delete the line `{ruleId} {g}` from tests/PolicyRules.Rules.Tests/coverage-gaps.txt."))
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Known_gaps_name_existing_rules_and_gaps()
    {
        var ids = ScenarioCorpusTests.Engine.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(KnownGaps(), g =>
        {
            Assert.True(ids.Contains(g.RuleId), $"coverage-gaps.txt names `{g.RuleId}`, which is not a rule; delete the line.");
            Assert.True(g.Gap is FiresInNoScenario or NoNearMiss, $"coverage-gaps.txt: `{g.Gap}` is not a gap; use {FiresInNoScenario} or {NoNearMiss}.");
        });
    }

    private static IEnumerable<(string RuleId, string Gap)> KnownGaps() =>
        File.ReadLines(GapsFile)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries))
            .Select(p => (p[0], p.Length > 1 ? p[1] : string.Empty));
}
