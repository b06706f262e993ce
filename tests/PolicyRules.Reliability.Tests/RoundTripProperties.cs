using PolicyRules.Cases;
using PolicyRules.Json;
using PolicyRules.Reliability.Tests.Support;

namespace PolicyRules.Reliability.Tests;

/// <summary>Cases and verdicts survive their JSON form unchanged.</summary>
public sealed class RoundTripProperties
{
    [Fact]
    public void Case_written_as_json_and_read_back_gives_the_same_canonical_json()
    {
        Generated.Check(Generated.Cases, g =>
        {
            var json = PolicyJson.Canonical(g.Case);
            var read = CaseReader.Read(json, $"generated case {g.Seed}");
            Assert.Equal(json, PolicyJson.Canonical(read));
        }, iterations: 300);
    }

    [Fact]
    public void Case_read_back_gives_the_same_verdict()
    {
        Generated.Check(Generated.Cases, g =>
        {
            var read = CaseReader.Read(PolicyJson.Canonical(g.Case));
            Assert.Equal(PolicyJson.Canonical(Engines.BuiltIn.Evaluate(g.Case)), PolicyJson.Canonical(Engines.BuiltIn.Evaluate(read)));
        }, iterations: 100);
    }

    [Fact]
    public void Verdict_json_parses_back_to_the_same_text()
    {
        Generated.Check(Generated.Cases, g =>
        {
            var json = PolicyJson.Canonical(Engines.BuiltIn.Evaluate(g.Case));
            Assert.Equal(json, PolicyJson.Canonical(PolicyJson.ParseVerdict(json)));
        }, iterations: 200);
    }
}
