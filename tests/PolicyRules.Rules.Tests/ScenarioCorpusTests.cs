using PolicyRules.Engine;
using PolicyRules.Rules.Interpol;
using PolicyRules.Rules.UsExtradition;
using PolicyRules.Rules.UsImmigration;
using PolicyRules.Snapshots;
using PolicyRules.Testing;

namespace PolicyRules.Rules.Tests;

/// <summary>Every canonical scenario of every built-in rule set, through the same comparison as `policyrules verify`.</summary>
public sealed class ScenarioCorpusTests
{
    private static readonly Lazy<PolicyEngine> SharedEngine = new(() => PolicyEngine.Create(InterpolRuleSet.Assembly, UsExtraditionRuleSet.Assembly, UsImmigrationRuleSet.Assembly));

    public static PolicyEngine Engine => SharedEngine.Value;

    public static IReadOnlyList<Scenario> Corpus { get; } = ScenarioCorpus.Discover([TestPaths.InRepository("rules")], RuleSetOfFolder);

    /// <summary>The rule set whose verdict a scenario pins, from the rule-set project folder it lives in.</summary>
    public static string? RuleSetOfFolder(string folder) => folder switch
    {
        "PolicyRules.Rules.Interpol" => "interpol",
        "PolicyRules.Rules.UsExtradition" => "us-extradition",
        "PolicyRules.Rules.UsImmigration" => "us-immigration",
        _ => null,
    };

    public static TheoryData<string> ScenarioNames()
    {
        var data = new TheoryData<string>();
        foreach (var scenario in Corpus)
        {
            data.Add(Path.GetRelativePath(TestPaths.InRepository("rules"), scenario.CasePath));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void Scenario_matches_its_approved_verdict(string scenario)
    {
        var result = VerdictSnapshots.Check(Engine, Corpus.Single(s => s.CasePath.EndsWith(scenario, StringComparison.Ordinal)));

        Assert.True(result.Status == SnapshotStatus.Match, $"{result.Status}: {scenario}\n{result.Detail}\nRead the diff; if the new verdict is right, run: dotnet run --project src/PolicyRules.Cli -- approve rules/{scenario}");
    }

    [Fact]
    public void Every_scenario_pins_a_rule_set_and_says_what_it_shows()
    {
        Assert.NotEmpty(Corpus);
        Assert.All(Corpus, s => Assert.NotNull(s.RuleSet));
        Assert.All(Corpus, s => Assert.False(string.IsNullOrWhiteSpace(Cases.CaseReader.ReadFile(s.CasePath).Scenario), $"{s.Name} has no one-line scenario description"));
    }

    [Fact]
    public void Motivating_case_is_not_compliant_and_names_the_campaign_list_the_pressure_and_the_missing_extradition()
    {
        var policyCase = Cases.CaseReader.ReadFile(TestPaths.InRepository("rules", "PolicyRules.Rules.Interpol", "Scenarios", "motivating-case.case.json"));

        var verdict = Engine.Evaluate(policyCase);

        var interpol = verdict.For("interpol")!;
        Assert.NotEqual(Verdicts.Outcome.Allow, interpol.Outcome);
        var reasons = string.Join("\n", interpol.Findings.Select(f => f.Reason));
        Assert.Contains("campaign", reasons, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("relatives", reasons, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("extradition", reasons, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Verdicts.Outcome.Deny, verdict.For("us-extradition")!.Outcome);
    }
}
