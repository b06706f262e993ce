using PolicyRules.Cases;
using PolicyRules.Generation;
using PolicyRules.TextCheck;

namespace PolicyRules.Rules.Tests;

/// <summary>
/// Every reason the built-in rules give reads right: no empty interpolation, doubled space, "null" or placeholder. The
/// scenarios are checked in full; the generated sample here is a slice of the 100,000 cases that
/// `policyrules text-check --generated 100000` checks (the full run takes minutes, too long for every test run).
/// </summary>
public sealed class ReasonTextTests
{
    private const int GeneratedSample = 2_000;

    [Fact]
    public void Every_reason_of_every_scenario_verdict_reads_right()
    {
        var problems = ScenarioCorpusTests.Corpus
            .SelectMany(s => ReasonTextCheck.Check(ScenarioCorpusTests.Engine.Evaluate(CaseReader.ReadFile(s.CasePath))).Select(p => $"{s.Name}: {p}"))
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_reason_of_generated_cases_reads_right()
    {
        var problems = CaseGenerator.Stream(GeneratedSample, seed: 16)
            .Select((c, i) => (i, Problems: ReasonTextCheck.Check(ScenarioCorpusTests.Engine.Evaluate(c)).ToList()))
            .SelectMany(x => x.Problems.Select(p => $"case {x.i}: {p}"))
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }
}
