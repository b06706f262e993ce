using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PolicyRules.Engine;
using PolicyRules.Snapshots;
using PolicyRules.Testing;
using static Microsoft.Playwright.Assertions;

namespace PolicyRules.Workbench.Tests;

/// <summary>
/// The review flow end to end: a rule's effect is changed in a temporary copy of a rule set, the Review page shows the
/// verdict that differs in plain words and as a raw diff, Approve accepts it through the CLI's approve code, and verify
/// then passes. The copy is a git repository, so the impact against its last commit is shown too.
/// </summary>
public sealed class ReviewTests : IAsyncLifetime
{
    private const string Changed = "rules/PolicyRules.Sample.HouseRules/Scenarios/short-sentence";
    private readonly RuleSetCopy _copy = new();
    private WebApplication _app = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private Uri _baseAddress = null!;
    private PolicyEngine _changed = null!;

    public async Task InitializeAsync()
    {
        var original = _copy.CompileEngine();
        _copy.AddApprovedScenario(original, "short-sentence", CaseWithFirstCharge(maxPenaltyMonths: 12));
        _copy.AddApprovedScenario(original, "long-sentences", CaseWithFirstCharge(maxPenaltyMonths: 180));
        Git("init", "--quiet");
        Git("add", "-A");
        Git("-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "--quiet", "-m", "house rules as copied");

        // The legal engineer's change: the house rule now refuses instead of sending to a second reader.
        _copy.Edit("ShortSentenceSecondReaderRule.cs", "ctx.Review(", "ctx.Deny(");
        _changed = _copy.CompileEngine();
        (_app, _baseAddress) = await Browsers.StartServerAsync(_copy.Root, configure: b => b.Services.AddSingleton(_changed));
        (_playwright, _browser) = await Browsers.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
        _copy.Dispose();
    }

    [Fact]
    public async Task A_changed_rule_effect_shows_in_Review_and_once_approved_verify_passes()
    {
        var page = await Browsers.NewPageAsync(_browser, 1280, 800);
        await page.GotoAsync(new Uri(_baseAddress, "#/review").ToString());
        var summary = page.Locator("#review-summary");
        await Expect(summary).ToHaveTextAsync("2 scenarios: 1 match, 1 differ, 0 missing, 0 errors.");

        var change = page.GetByRole(AriaRole.Article);
        await Expect(change).ToHaveCountAsync(1);
        await Expect(change).ToContainTextAsync("house: the outcome changes from review to deny.");
        await Expect(change).ToContainTextAsync("HSE-0001 changes its effect from review to deny");
        // Side by side: the finding as approved and as it is now.
        var row = change.GetByRole(AriaRole.Row).Filter(new() { HasText = "HSE-0001" });
        await Expect(row.GetByRole(AriaRole.Cell).Nth(0)).ToHaveTextAsync("effect review → deny");
        await Expect(row.GetByRole(AriaRole.Cell).Nth(1)).ToContainTextAsync("review");
        await Expect(row.GetByRole(AriaRole.Cell).Nth(2)).ToContainTextAsync("deny");

        // The raw diff on request.
        var diff = change.GetByLabel("Raw diff");
        await Expect(diff).ToBeHiddenAsync();
        await change.GetByText("Raw diff", new() { Exact = true }).ClickAsync();
        await Expect(diff).ToBeVisibleAsync();
        await Expect(diff.Locator(".del").First).ToContainTextAsync("review");
        await Expect(diff.Locator(".add").First).ToContainTextAsync("deny");

        // The impact against the copy's last commit says the same.
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Base revision" }).FillAsync("HEAD");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        var impact = page.GetByRole(AriaRole.List, new() { Name = "Scenarios the change alters" });
        await Expect(impact.GetByRole(AriaRole.Link, new() { Name = "short-sentence" })).ToBeVisibleAsync();
        await Expect(page.Locator("#impact")).ToContainTextAsync("1 of 2 scenarios change");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Screenshots.TakeAsync(page, "workbench-review.png");

        await change.GetByRole(AriaRole.Button, new() { Name = "Approve this verdict" }).ClickAsync();
        await Expect(change).ToContainTextAsync("Approved. verify now says: matches.");
        await Expect(summary).ToHaveTextAsync("2 scenarios: 2 match, 0 differ, 0 missing, 0 errors.");

        // verify, as the CLI runs it, now passes over the copy with the changed rules.
        Assert.All(_copy.Scenarios(_changed), s => Assert.Equal(SnapshotStatus.Match, VerdictSnapshots.Check(_changed, s).Status));
        Assert.Contains("\"outcome\": \"deny\"", File.ReadAllText(Path.Combine(_copy.Root, Changed + Scenario.VerdictSuffix)), StringComparison.Ordinal);

        await page.ReloadAsync();
        await Expect(summary).ToHaveTextAsync("2 scenarios: 2 match, 0 differ, 0 missing, 0 errors.");
        await Expect(page.GetByText("Every scenario matches its approved verdict.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_pasted_review_URL_opens_that_scenario_with_its_raw_diff()
    {
        var page = await Browsers.NewPageAsync(_browser, 1280, 800);
        await page.GotoAsync(new Uri(_baseAddress, $"#/review/{Changed}").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Review: short-sentence");
        await Expect(page.GetByRole(AriaRole.Article)).ToHaveCountAsync(1);
        await Expect(page.GetByLabel("Raw diff")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#/review/rules/PolicyRules.Sample.HouseRules/Scenarios/short-sentence$"));
    }

    private static string CaseWithFirstCharge(int maxPenaltyMonths)
    {
        var node = JsonNode.Parse(File.ReadAllText(TestPaths.InRepository("rules", "PolicyRules.Rules.Interpol", "Scenarios", "motivating-case.case.json")))!.AsObject();
        node.Remove("$schema");
        node["scenario"] = $"The motivating case with a first charge punishable by at most {maxPenaltyMonths} months.";
        node["charges"]![0]!["maxPenaltyMonths"] = maxPenaltyMonths;
        return node.ToJsonString();
    }

    private void Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _copy.Root, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEnd();
        git.StandardOutput.ReadToEnd();
        Assert.True(git.WaitForExit(30_000), "git did not finish");
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
    }
}
