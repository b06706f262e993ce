using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PolicyRules.Workbench.Tests;

/// <summary>The Scenarios browser and a scenario's page, in Chromium.</summary>
public sealed class ScenariosPageTests(WorkbenchFixture fixture) : IClassFixture<WorkbenchFixture>
{
    private const string Motivating = "rules/PolicyRules.Rules.Interpol/Scenarios/motivating-case";

    [Fact]
    public async Task Filtering_by_rule_set_and_words_then_opening_a_scenario_shows_its_approved_verdict_for_a_lawyer()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.BaseAddress, "#/scenarios").ToString());
        await page.GetByLabel("Rule set").SelectOptionAsync("interpol");
        await page.GetByLabel("Search scenarios").FillAsync("motivating fugitive list");
        var list = page.GetByRole(AriaRole.List, new() { Name = "Scenarios" });
        await Expect(list.GetByRole(AriaRole.Link, new() { Name = "motivating-case", Exact = true })).ToBeVisibleAsync();
        await Expect(list.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^us-") })).ToHaveCountAsync(0);
        Assert.Contains("set=interpol", page.Url, StringComparison.Ordinal);
        await Screenshots.TakeAsync(page, "workbench-scenarios.png");

        await list.GetByRole(AriaRole.Link, new() { Name = "motivating-case", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#/scenarios/rules/PolicyRules.Rules.Interpol/Scenarios/motivating-case$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("motivating-case");
        var verdict = page.GetByRole(AriaRole.Region, new() { Name = "interpol verdict" });
        // The outcome in words and with its meaning (from the rule set, since snapshots store the outcome only).
        await Expect(verdict).ToContainTextAsync("Outcome: review — needs review");
        await Expect(verdict.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(@"^Review findings \(2\)$") })).ToBeVisibleAsync();
        await Expect(verdict.GetByRole(AriaRole.Listitem).GetByRole(AriaRole.Link, new() { Name = "INT-0104", Exact = true })).ToBeVisibleAsync();
        // Citations link to their source even though the approved snapshot leaves URLs out.
        await Expect(verdict.GetByRole(AriaRole.Link, new() { Name = "RPD Art. 84(b)" }).First).ToHaveAttributeAsync("href", new Regex("^https://"));
        // One row per charge in the per-charge table.
        await Expect(verdict.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(["c1", "c2"]);
        // Each row is the verdict's own per-charge outcome (not findings grouped by their basis labels).
        await Expect(verdict.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("review");
        await Expect(verdict.GetByRole(AriaRole.Row).Nth(1).GetByRole(AriaRole.Link, new() { Name = "INT-0901", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Case file")).ToContainTextAsync("\"requestingCountry\": \"XA\"");
        await Screenshots.TakeAsync(page, "workbench-scenario.png");
    }

    [Fact]
    public async Task Verdict_parts_the_page_does_not_know_are_still_shown_by_name()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.BaseAddress, $"#/scenarios/{Motivating}").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("motivating-case");

        // A later engine may add parts (questions, next steps); the renderer names them from their JSON keys.
        var html = await page.EvaluateAsync<string>(
            "() => { const v = window.PolicyRulesWorkbench.renderVerdict({ asOf: '2025-01-01', ruleSets: [{ ruleSet: 'interpol', outcome: 'needsInformation', findings: [], " +
            "questions: [{ fact: 'request.arrestWarrant.valid', wouldDecide: 'deny' }] }], nextSteps: ['Ask the NCB for the warrant'] }); return v.textContent; }");
        Assert.Contains("needsInformation", html, StringComparison.Ordinal);
        Assert.Contains("Questions", html, StringComparison.Ordinal);
        Assert.Contains("request.arrestWarrant.valid", html, StringComparison.Ordinal);
        Assert.Contains("Next steps", html, StringComparison.Ordinal);
        Assert.Contains("Ask the NCB for the warrant", html, StringComparison.Ordinal);
    }
}
