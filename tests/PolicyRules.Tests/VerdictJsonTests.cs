using PolicyRules.Json;
using PolicyRules.Tests.TestRuleSet;

namespace PolicyRules.Tests;

public sealed class VerdictJsonTests
{
    [Fact]
    public void Canonical_verdict_is_lf_only_with_a_trailing_newline_and_reason_first()
    {
        var json = PolicyJson.Canonical(TestEngines.Valid.Evaluate(TestCases.WithEverything));

        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.True(json.IndexOf("\"reason\"", StringComparison.Ordinal) < json.IndexOf("\"ruleId\"", StringComparison.Ordinal));
        Assert.Contains("\"effect\": \"deny\"", json, StringComparison.Ordinal);
        Assert.Contains("\"asOf\": \"2026-01-15\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Verdict_json_parses_back_to_the_same_text()
    {
        var json = PolicyJson.Canonical(TestEngines.Valid.Evaluate(TestCases.WithEverything));

        Assert.Equal(json, PolicyJson.Canonical(PolicyJson.ParseVerdict(json)));
    }

    [Fact]
    public void Case_json_round_trips_through_the_case_reader()
    {
        var json = PolicyJson.Canonical(TestCases.WithEverything);

        var read = Cases.CaseReader.Read(json);

        Assert.Equal(json, PolicyJson.Canonical(read));
    }
}
