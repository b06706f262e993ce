using PolicyRules.Engine;
using PolicyRules.Facts;
using PolicyRules.Json;
using PolicyRules.Tests.TestRuleSet;
using PolicyRules.Verdicts;

namespace PolicyRules.Tests;

public sealed class EngineTests
{
    [Fact]
    public void Deny_overrides_review_and_allow()
    {
        var verdict = TestEngines.Valid.Evaluate(TestCases.WithEverything).For("test")!;

        Assert.Equal(Outcome.Deny, verdict.Outcome);
        Assert.Equal("test deny", verdict.Meaning);
        Assert.Equal(
            ["deny TST-0003", "review TST-0002", "allow TST-0001", "allow TST-0001", "note TST-0005", "note TST-0005", "note TST-0005"],
            verdict.Findings.Select(f => $"{VerdictText.Word(f.Effect)} {f.RuleId}").ToArray());
    }

    [Fact]
    public void A_rule_using_a_retired_ID_stops_the_engine_and_the_rule_set_lists_its_retired_IDs()
    {
        var error = Assert.Throws<PolicyEngineException>(() => TestEngines.Create("Retired"));

        Assert.Contains("rule ID `TST-0960` is retired in rule set `test`; take the next free ID from docs/rules/test.md.", error.Message, StringComparison.Ordinal);
        Assert.Equal(["TST-0960"], TestEngines.Valid.RuleSets.Single().RetiredRuleIds.ToArray());
    }

    [Fact]
    public void Review_overrides_allow()
    {
        var policyCase = TestCases.Minimal with { Context = [new ContextIndicator { Kind = ContextKind.PublishedCampaignList }] };

        Assert.Equal(Outcome.Review, TestEngines.Valid.Evaluate(policyCase).For("test")!.Outcome);
    }

    [Fact]
    public void Allow_only_when_nothing_denies_or_asks_for_review()
    {
        var verdict = TestEngines.Valid.Evaluate(TestCases.Minimal).For("test")!;

        Assert.Equal(Outcome.Allow, verdict.Outcome);
        var allow = verdict.Findings.Single(f => f.Effect == Effect.Allow);
        Assert.Equal("Charge c1 carries 60 months.", allow.Reason);
        Assert.Equal(["charge c1"], allow.Basis.ToArray());
        Assert.Equal("Test Code Art. 1", Assert.Single(allow.Citations).ToString());
        Assert.Equal(new DateOnly(2000, 1, 1), allow.EffectiveFrom);
    }

    [Fact]
    public void Nothing_affirmed_means_review_with_a_cited_engine_finding()
    {
        var policyCase = TestCases.Minimal with { Charges = [new Charge { Id = "c1", Category = OffenceCategory.Fraud, MaxPenaltyMonths = 6 }] };

        var verdict = TestEngines.Valid.Evaluate(policyCase).For("test")!;

        Assert.Equal(Outcome.Review, verdict.Outcome);
        var finding = verdict.Findings.Single(f => f.Effect == Effect.Review);
        Assert.Equal("ENGINE-0001", finding.RuleId);
        Assert.NotEmpty(finding.Citations);
    }

    [Fact]
    public void Rules_apply_only_inside_their_effective_window()
    {
        Assert.DoesNotContain(TestEngines.Valid.Evaluate(TestCases.Minimal).For("test")!.Findings, f => f.RuleId == "TST-0004");

        var later = TestEngines.Valid.Evaluate(TestCases.Minimal with { AsOf = new DateOnly(2030, 1, 1) }).For("test")!;

        Assert.Contains(later.Findings, f => f.RuleId == "TST-0004");
    }

    [Fact]
    public void Same_case_gives_byte_identical_verdicts_across_runs()
    {
        var first = PolicyJson.Canonical(TestEngines.Valid.Evaluate(TestCases.WithEverything));

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(first, PolicyJson.Canonical(TestEngines.Valid.Evaluate(TestCases.WithEverything)));
        }
    }

    [Fact]
    public void Fact_insertion_order_does_not_change_the_verdict()
    {
        var engine = TestEngines.Valid;
        var expected = PolicyJson.Canonical(engine.Evaluate(TestCases.WithEverything));
        var random = new Random(12345);

        for (var i = 0; i < 20; i++)
        {
            var shuffled = engine.Evaluate(TestCases.WithEverything, observe: null, facts => [.. facts.OrderBy(_ => random.Next())]);
            Assert.Equal(expected, PolicyJson.Canonical(shuffled));
        }
    }

    [Fact]
    public void One_engine_shared_by_many_threads_gives_the_sequential_verdicts()
    {
        var engine = TestEngines.Valid;
        Case[] cases = [TestCases.Minimal, TestCases.WithEverything, TestCases.Minimal with { AsOf = new DateOnly(2031, 5, 5) }];
        var expected = cases.Select(c => PolicyJson.Canonical(engine.Evaluate(c))).ToArray();

        var actual = new string[300];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = PolicyJson.Canonical(engine.Evaluate(cases[i % cases.Length])));

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % cases.Length], actual[i]);
        }
    }

    [Fact]
    public void Runaway_rule_on_Rete_ends_with_an_error_naming_the_rule()
    {
        var engine = TestEngines.Create("Looping", maxRuleFirings: 500, evaluator: PolicyEvaluator.Rete);

        var error = Assert.Throws<PolicyEngineException>(() => engine.Evaluate(TestCases.Minimal));

        Assert.Equal("TST-0900", error.RuleId);
        Assert.Contains("Rule `TST-0900` was still firing after 500 rule firings", error.Message, StringComparison.Ordinal);
        Assert.Contains("minimal test case", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_that_throws_surfaces_as_an_error_naming_the_rule_and_case()
    {
        var engine = TestEngines.Create("Throwing");
        var policyCase = TestCases.Minimal with { Charges = [new Charge { Id = "boom", Category = OffenceCategory.Fraud }] };

        var error = Assert.Throws<PolicyEngineException>(() => engine.Evaluate(policyCase));

        Assert.Contains("minimal test case", error.Message, StringComparison.Ordinal);
        Assert.Contains("the charge is a bomb", error.Message, StringComparison.Ordinal);
        Assert.Equal("TST-0901", error.RuleId);
    }

    [Fact]
    public void Convention_problems_stop_the_engine_at_start_up_with_every_problem_listed()
    {
        var error = Assert.Throws<PolicyEngineException>(() => TestEngines.Create("Broken"));

        Assert.Contains("rule ID does not match", error.Message, StringComparison.Ordinal);
        Assert.Contains("no description", error.Message, StringComparison.Ordinal);
        Assert.Contains("no citation", error.Message, StringComparison.Ordinal);
        Assert.Contains("no [EffectiveFrom", error.Message, StringComparison.Ordinal);
        Assert.Contains("effective-until 1999-01-01 is before effective-from 2000-01-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("rests only on secondary or unconfirmed sources yet decides", error.Message, StringComparison.Ordinal);
        Assert.Contains("rule `TST-0951` (PolicyRules.Tests.TestRuleSet.Broken.UnorderedDerivationRule): yields derived facts (ChargeOnFile) but fires at priority 0; add [Priority(1)]", error.Message, StringComparison.Ordinal);
        Assert.Contains("rule `TST-0952` (PolicyRules.Tests.TestRuleSet.Broken.RankedFindingRule): has [Priority(5)] but yields no derived fact", error.Message, StringComparison.Ordinal);
        Assert.Contains("rule `TST-0953` (PolicyRules.Tests.TestRuleSet.Broken.AddressingNoteRule): declares [Addresses(\"penalty\")] but yields no deny, ask, review or allow finding", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalogue_reads_the_elements_a_rule_addresses_from_its_declaration()
    {
        Assert.Equal(["penalty"], TestEngines.Valid.FindRule("TST-0006")!.Addresses.ToArray());
        Assert.Empty(TestEngines.Valid.FindRule("TST-0001")!.Addresses);
    }

    [Fact]
    public void Catalogue_reads_effects_and_citations_from_the_rules()
    {
        var rule = TestEngines.Valid.FindRule("TST-0003")!;

        Assert.Equal([Effect.Deny], rule.Effects.ToArray());
        Assert.Equal("https://example.invalid/test-code#art3", Assert.Single(rule.Citations).Url);
        Assert.Equal("Valid", rule.Provision);
        Assert.Null(TestEngines.Valid.FindRule("TST-0900"));
    }

    [Fact]
    public void Unknown_rule_set_name_is_refused_with_the_known_names()
    {
        var options = new PolicyEngineOptions();
        options.AddRuleSet(typeof(EngineTests).Assembly).OnlyRuleSets.Add("nope");

        var error = Assert.Throws<PolicyEngineException>(() => PolicyEngine.Create(options));

        Assert.Equal("Unknown rule set `nope`; known rule sets: test.", error.Message);
    }
}
