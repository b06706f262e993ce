using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PolicyRules.Workbench.Tests;

/// <summary>The Rules catalogue and a rule's page, in Chromium.</summary>
public sealed class RulesPageTests(WorkbenchFixture fixture) : IClassFixture<WorkbenchFixture>
{
    [Fact]
    public async Task Searching_by_citation_finds_the_rule_and_its_page_shows_citations_conditions_and_scenarios()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.BaseAddress, "#/rules").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rules", Exact = true })).ToBeVisibleAsync();

        var search = page.GetByLabel("Search rules");
        await search.FillAsync("instead of extradition 84(b)");
        var rows = page.Locator("tbody tr");
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync(new Regex(@"^\d+ of \d+ rules$"));
        await Expect(rows.GetByRole(AriaRole.Link, new() { Name = "INT-0104", Exact = true })).ToBeVisibleAsync();
        Assert.True(await rows.CountAsync() < 10, "the search should narrow the catalogue");
        // The search is in the URL, so a reviewer can paste it.
        Assert.Contains("q=instead", page.Url, StringComparison.Ordinal);
        await Screenshots.TakeAsync(page, "workbench-rules.png");

        await rows.GetByRole(AriaRole.Link, new() { Name = "INT-0104", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#/rules/INT-0104$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("INT-0104");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "RPD Art. 84(b)" })).ToHaveAttributeAsync("href", new Regex("^https://"));
        await Expect(page.Locator("ol.conditions li")).Not.ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(@"^Fires in \([1-9]") })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "motivating-case", Exact = true })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "workbench-rule.png");
    }

    [Fact]
    public async Task A_pasted_rule_URL_opens_that_rule_and_an_unknown_ID_says_so()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.BaseAddress, "#/rules/USX-0101").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("USX-0101");

        await page.GotoAsync(new Uri(fixture.BaseAddress, "#/rules/INT-9999").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("No rule INT-9999");
    }
}
