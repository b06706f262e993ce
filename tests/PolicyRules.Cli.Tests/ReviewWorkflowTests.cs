using System.Text.Json;
using PolicyRules.Cli.Tests.TestRuleSet;

namespace PolicyRules.Cli.Tests;

/// <summary>The reviewer's workflow end to end on a throw-away checkout: verify, approve, impact, coverage, rules, docs, explain.</summary>
public sealed class ReviewWorkflowTests
{
    private static readonly string[] Before = ["Base", "V1"];
    private static readonly string[] After = ["Base", "V2"];

    [Fact]
    public void Changing_one_rules_effect_fails_verify_naming_the_scenario_and_impact_lists_exactly_the_changed_scenarios()
    {
        using var corpus = new TestCorpus();
        corpus.Git("init", "-q");
        Assert.Equal(1, corpus.Run(Before, "verify", corpus.Scenarios).ExitCode);
        Assert.Equal(0, corpus.Run(Before, "approve", corpus.Scenarios).ExitCode);
        Assert.Equal(0, corpus.Run(Before, "verify", corpus.Scenarios).ExitCode);
        corpus.Git("add", "-A");
        corpus.Git("commit", "-q", "-m", "approved verdicts");
        var approved = File.ReadAllText(Path.Combine(corpus.Scenarios, "campaign.verdict.json"));

        var (verifyCode, verifyOut, _) = corpus.Run(After, "verify", corpus.Scenarios);
        var (impactCode, impactOut, impactError) = corpus.Run(After, "impact", "--base", "HEAD", corpus.Scenarios);

        Assert.Equal(1, verifyCode);
        var differing = verifyOut.Split('\n').Where(l => l.StartsWith("DIFFERS: ", StringComparison.Ordinal)).ToList();
        Assert.EndsWith("campaign.case.json)", Assert.Single(differing), StringComparison.Ordinal);
        Assert.Contains("\n    TST-0002 changes its effect from review to deny: ", verifyOut, StringComparison.Ordinal);
        Assert.Contains("-      \"outcome\": \"review\",", verifyOut, StringComparison.Ordinal);
        Assert.Contains("+      \"outcome\": \"deny\",", verifyOut, StringComparison.Ordinal);
        Assert.Contains("verify: 3 scenarios, 2 match, 1 differ, 0 missing, 0 errors.", verifyOut, StringComparison.Ordinal);
        Assert.Equal(approved, File.ReadAllText(Path.Combine(corpus.Scenarios, "campaign.verdict.json")));

        Assert.True(impactCode == 0, impactError);
        Assert.Contains("## Verdict impact against `HEAD`", impactOut, StringComparison.Ordinal);
        Assert.Contains("**1 of 3 scenarios change** (1 outcome, 0 findings only, 0 wording); 0 new, 0 removed", impactOut, StringComparison.Ordinal);
        var rows = impactOut.Split('\n').Where(l => l.EndsWith("| cli-test | review | **deny** |", StringComparison.Ordinal)).ToList();
        Assert.Contains("`rules/PolicyRules.Cli.Tests/Scenarios/campaign`", Assert.Single(rows), StringComparison.Ordinal);
        Assert.Contains("  - TST-0002 changes its effect from review to deny: ", impactOut, StringComparison.Ordinal);
        Assert.DoesNotContain("now finds", impactOut, StringComparison.Ordinal);
        Assert.DoesNotContain("no longer finds", impactOut, StringComparison.Ordinal);
        Assert.Contains("| TST-0002 | 0 | 0 | 1 |", impactOut, StringComparison.Ordinal);
        Assert.DoesNotContain("plain", impactOut, StringComparison.Ordinal);
        Assert.DoesNotContain("short", impactOut, StringComparison.Ordinal);
        Assert.Equal(approved, File.ReadAllText(Path.Combine(corpus.Scenarios, "campaign.verdict.json")));
    }

    [Fact]
    public void Verify_removes_the_received_file_of_a_scenario_that_matches_again()
    {
        using var corpus = new TestCorpus();
        corpus.Run(Before, "verify", corpus.Scenarios);
        corpus.Run(Before, "approve", corpus.Scenarios);
        var received = Path.Combine(corpus.Scenarios, "campaign.verdict.received.json");

        Assert.Equal(1, corpus.Run(After, "verify", corpus.Scenarios).ExitCode);
        Assert.True(File.Exists(received));
        Assert.Equal(0, corpus.Run(Before, "verify", corpus.Scenarios).ExitCode);
        Assert.False(File.Exists(received));
    }

    [Fact]
    public void Impact_reports_new_and_removed_scenarios()
    {
        using var corpus = new TestCorpus();
        corpus.Git("init", "-q");
        corpus.Run(Before, "verify", corpus.Scenarios);
        corpus.Run(Before, "approve", corpus.Scenarios);
        corpus.Git("add", "-A");
        corpus.Git("commit", "-q", "-m", "approved verdicts");
        corpus.Write("fresh", months: 60, campaign: true);
        File.Delete(corpus.CasePath(TestCorpus.Short));

        var (code, output, _) = corpus.Run(Before, "impact", "--base", "HEAD", corpus.Scenarios);

        Assert.Equal(0, code);
        Assert.Contains("**0 of 3 scenarios change** (0 outcome, 0 findings only, 0 wording); 1 new, 1 removed", output, StringComparison.Ordinal);
        Assert.Contains("- `rules/PolicyRules.Cli.Tests/Scenarios/fresh`: cli-test review", output, StringComparison.Ordinal);
        Assert.Contains("- `rules/PolicyRules.Cli.Tests/Scenarios/short`", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(corpus.Scenarios, "fresh.verdict.json")));
    }

    [Fact]
    public void Impact_without_git_or_with_an_unknown_revision_exits_2_with_one_line()
    {
        using var corpus = new TestCorpus();

        var (noRepo, _, noRepoError) = corpus.Run(Before, "impact", "--base", "HEAD", corpus.Scenarios);
        corpus.Git("init", "-q");
        var (badRev, _, badRevError) = corpus.Run(Before, "impact", "--base", "no-such-branch", corpus.Scenarios);

        Assert.Equal(2, noRepo);
        Assert.Contains("is not inside a git repository", noRepoError, StringComparison.Ordinal);
        Assert.Equal(2, badRev);
        Assert.Single(badRevError.TrimEnd('\n').Split('\n'));
        Assert.Contains("git revision `no-such-branch` does not exist", badRevError, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_exits_1_and_names_a_rule_that_never_fires()
    {
        using var corpus = new TestCorpus();

        var (code, output, _) = corpus.Run(["Base", "V1", "Gap"], "coverage", corpus.Scenarios);

        Assert.Equal(1, code);
        Assert.Contains("never fired (1): TST-0003", output, StringComparison.Ordinal);
        Assert.Contains("`TST-0003` (A charge with a maximum of a hundred years or more is noted) fires in no scenario: add a case under", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_exits_1_on_an_unlisted_gap_and_0_once_the_rule_sets_gap_file_lists_it()
    {
        using var corpus = new TestCorpus();
        var (unlistedCode, unlisted, _) = corpus.Run(Before, "coverage", corpus.Scenarios);
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(corpus.Scenarios)!, "coverage-gaps.txt"), "# known\nTST-0002 no-near-miss no case yet\n");

        var (code, output, _) = corpus.Run(Before, "coverage", corpus.Scenarios);

        Assert.Equal(1, unlistedCode);
        Assert.Contains("`TST-0002` has no near-miss scenario", unlisted, StringComparison.Ordinal);
        Assert.Equal(0, code);
        Assert.Contains("known gaps (1): TST-0002 no-near-miss", output, StringComparison.Ordinal);
        Assert.Contains("TST-0001   fires in   2, near miss in   1  (closest: rules/PolicyRules.Cli.Tests/Scenarios/short, 1 of 2 positive conditions held)", output, StringComparison.Ordinal);
        Assert.Contains("never fired (0): none", output, StringComparison.Ordinal);
        Assert.Contains("no near miss (1): TST-0002", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Why_not_names_the_first_failed_condition_and_the_fact_it_failed_on()
    {
        using var corpus = new TestCorpus();

        var (code, output, _) = corpus.Run(Before, "explain", corpus.CasePath(TestCorpus.Short), "--why-not", "TST-0001");

        Assert.Equal(0, code);
        Assert.Contains("Why not TST-0001: `TST-0001` did not fire: condition 2 on charge (Charge), `charge.MaxPenaltyMonths >= 24`, was false on charge c1.", output, StringComparison.Ordinal);
        Assert.Contains("  1. [held] match request (Request): `request.Kind == RedNotice`", output, StringComparison.Ordinal);
        Assert.Contains("  2. [failed] match charge (Charge): `charge.MaxPenaltyMonths >= 24`  <- first failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_lists_the_rules_fired_with_the_facts_they_matched_and_yielded()
    {
        using var corpus = new TestCorpus();

        var (code, output, _) = corpus.Run(Before, "explain", corpus.CasePath(TestCorpus.Campaign), "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["TST-0001", "TST-0002"], steps.Select(s => s.GetProperty("ruleId").GetString()).Order(StringComparer.Ordinal));
        var penalty = steps.Single(s => s.GetProperty("ruleId").GetString() == "TST-0001");
        Assert.Contains(penalty.GetProperty("matched").EnumerateArray(), m => m.GetProperty("label").GetString() == "charge c1");
        Assert.Equal("finding TST-0001 (allow)", Assert.Single(penalty.GetProperty("yielded").EnumerateArray()).GetProperty("label").GetString());
        Assert.False(json.RootElement.TryGetProperty("whyNot", out _));
    }

    [Fact]
    public void Why_not_an_unknown_rule_exits_2_with_the_known_ids()
    {
        using var corpus = new TestCorpus();

        var (code, output, error) = corpus.Run(Before, "explain", corpus.CasePath(TestCorpus.Short), "--why-not", "TST-9999");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal("policyrules: unknown rule ID `TST-9999`; known rule IDs: TST-0001, TST-0002 (list them all with `policyrules rules`).", error.TrimEnd('\n'));
    }

    [Fact]
    public void Rules_lists_every_rule_with_citations_and_the_scenarios_that_exercise_it()
    {
        using var corpus = new TestCorpus();

        var (jsonCode, json, _) = corpus.Run(Before, "rules", "--format", "json");
        var (markdownCode, markdown, _) = corpus.Run(Before, "rules");

        Assert.Equal(0, jsonCode);
        using var document = JsonDocument.Parse(json);
        var rules = document.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(["TST-0001", "TST-0002"], rules.Select(r => r.GetProperty("id").GetString()));
        var penalty = rules[0];
        Assert.Equal("https://example.invalid/test-code#art1", penalty.GetProperty("citations")[0].GetProperty("url").GetString());
        Assert.Equal(["rules/PolicyRules.Cli.Tests/Scenarios/campaign", "rules/PolicyRules.Cli.Tests/Scenarios/plain"], penalty.GetProperty("firesIn").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("rules/PolicyRules.Cli.Tests/Scenarios/short", Assert.Single(penalty.GetProperty("nearMissIn").EnumerateArray()).GetProperty("scenario").GetString());
        Assert.Equal(0, markdownCode);
        Assert.Contains("### TST-0001: A charge with a maximum of two years or more is affirmed.", markdown, StringComparison.Ordinal);
        Assert.Contains("Chosen for the tests: the threshold is inclusive.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Docs_check_fails_on_a_stale_page_and_docs_rewrites_it_and_deletes_pages_of_removed_rules()
    {
        using var corpus = new TestCorpus();
        var folder = Path.Combine(corpus.Root, "docs", "rules");

        Assert.Equal(1, corpus.Run(Before, "docs", "--check").ExitCode);
        Assert.Equal(0, corpus.Run(Before, "docs").ExitCode);
        Assert.Equal(0, corpus.Run(Before, "docs", "--check").ExitCode);
        var page = File.ReadAllText(Path.Combine(folder, "TST-0001.md"));
        File.AppendAllText(Path.Combine(folder, "TST-0001.md"), "hand edit\n");
        File.WriteAllText(Path.Combine(folder, "TST-0999.md"), "# retired\n");

        var (staleCode, staleOut, _) = corpus.Run(Before, "docs", "--check");
        Assert.Equal(1, staleCode);
        Assert.Contains("stale: docs/rules/TST-0001.md (out of date)", staleOut, StringComparison.Ordinal);
        Assert.Contains("stale: docs/rules/TST-0999.md (rule no longer exists)", staleOut, StringComparison.Ordinal);
        Assert.Contains("regenerate with: dotnet run --project src/PolicyRules.Cli -- regen", staleOut, StringComparison.Ordinal);

        Assert.Equal(0, corpus.Run(Before, "docs").ExitCode);
        Assert.Equal(page, File.ReadAllText(Path.Combine(folder, "TST-0001.md")));
        Assert.False(File.Exists(Path.Combine(folder, "TST-0999.md")));
        Assert.Contains("[coverage.md](coverage.md#tst-0001)", page, StringComparison.Ordinal);
        Assert.Contains("[campaign](../../rules/PolicyRules.Cli.Tests/Scenarios/campaign.case.json)", File.ReadAllText(Path.Combine(folder, "coverage.md")), StringComparison.Ordinal);
        Assert.Contains("- Test Code Art. 1 (confirmed): <https://example.invalid/test-code#art1>", page, StringComparison.Ordinal);
        Assert.Contains("| [TST-0002](TST-0002.md) |", File.ReadAllText(Path.Combine(folder, "cli-test.md")), StringComparison.Ordinal);
        Assert.Contains("- [cli-test](cli-test.md)", File.ReadAllText(Path.Combine(folder, "README.md")), StringComparison.Ordinal);

        // A changed rule makes the committed pages stale.
        Assert.Equal(1, corpus.Run(After, "docs", "--check").ExitCode);
    }
}
