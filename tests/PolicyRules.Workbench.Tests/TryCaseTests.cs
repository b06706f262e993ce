using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PolicyRules.Workbench.Tests;

/// <summary>Try a case: the schema-driven form, the case reader's problems at their fields, the live verdict, why-not.</summary>
public sealed class TryCaseTests(WorkbenchFixture fixture) : IClassFixture<WorkbenchFixture>
{
    private const string Motivating = "rules/PolicyRules.Rules.Interpol/Scenarios/motivating-case";

    [Fact]
    public async Task An_invalid_edit_shows_the_problem_at_its_field_and_fixing_it_brings_the_verdict_back()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.BaseAddress, $"#/try?scenario={Motivating}").ToString());
        var verdict = page.Locator("#verdict");
        await Expect(verdict.GetByRole(AriaRole.Region, new() { Name = "interpol verdict" })).ToContainTextAsync("Outcome: review");

        var country = page.Locator("[data-path='$.request.requestingCountry']");
        await Expect(country).ToHaveAccessibleNameAsync("Requesting country");
        await Expect(country).ToHaveValueAsync("XA");
        await country.FillAsync("X1");

        // The case reader's message sits at the field, is announced with it, and the summary links to it.
        await Expect(country).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(country).ToHaveAccessibleDescriptionAsync(new Regex("not an ISO 3166-1 alpha-2 country code"));
        var problem = page.Locator(".field:has([data-path='$.request.requestingCountry']) .problem");
        await Expect(problem).ToContainTextAsync("\"X1\" is not an ISO 3166-1 alpha-2 country code");
        var summary = page.Locator("#problems");
        await Expect(summary).ToContainTextAsync("$.request.requestingCountry");
        await Expect(verdict).ToContainTextAsync("No verdict until the problems are fixed.");
        await country.ScrollIntoViewIfNeededAsync();
        await Screenshots.TakeAsync(page, "workbench-try.png");
        await summary.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^\$\.request\.requestingCountry") }).ClickAsync();
        await Expect(country).ToBeFocusedAsync();

        await country.FillAsync("XA");
        await Expect(country).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(problem).ToHaveCountAsync(0);
        await Expect(summary).ToBeHiddenAsync();
        await Expect(verdict.GetByRole(AriaRole.Region, new() { Name = "interpol verdict" })).ToContainTextAsync("Outcome: review");
    }

    [Fact]
    public async Task Changing_a_fact_in_the_form_changes_the_live_verdict_and_the_JSON_view()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.BaseAddress, $"#/try?scenario={Motivating}").ToString());
        var verdict = page.Locator("#verdict");
        await Expect(verdict.GetByRole(AriaRole.Link, new() { Name = "INT-0104", Exact = true }).First).ToBeVisibleAsync();

        // Removing the statement that notices replace extradition removes INT-0104's finding.
        await page.Locator("[data-path='$.context[2]'] button", new() { HasText = "Remove" }).ClickAsync();
        await Expect(verdict.GetByRole(AriaRole.Link, new() { Name = "INT-0104", Exact = true })).ToHaveCountAsync(0);
        await Expect(verdict.GetByRole(AriaRole.Region, new() { Name = "interpol verdict" })).ToContainTextAsync("Outcome: review");

        await page.GetByRole(AriaRole.Tab, new() { Name = "JSON" }).ClickAsync();
        var json = page.GetByLabel("Case JSON");
        await Expect(json).Not.ToHaveValueAsync(new Regex("statedSubstituteForExtradition"));
        await Expect(json).ToHaveValueAsync(new Regex("publishedCampaignList"));
    }

    [Fact]
    public async Task Why_not_names_the_failed_condition_with_the_values_it_saw()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.BaseAddress, $"#/try?scenario={Motivating}").ToString());
        await Expect(page.Locator("#verdict").GetByRole(AriaRole.Region, new() { Name = "interpol verdict" })).ToBeVisibleAsync();

        await page.GetByLabel("Why not rule").FillAsync("INT-0103");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask why not" }).ClickAsync();
        var answer = page.GetByRole(AriaRole.Region, new() { Name = "Why not INT-0103?" });
        await Expect(answer).ToContainTextAsync("Condition failed");
        await Expect(answer.Locator("li.failed")).ToContainTextAsync("✖ failed");
        await Expect(answer.Locator("li.failed")).ToContainTextAsync("false on:");
        // The question is part of the URL, so it can be pasted.
        Assert.Contains("whyNot=INT-0103", page.Url, StringComparison.Ordinal);
        await Screenshots.TakeAsync(page, "workbench-why-not.png");
    }

    [Fact]
    public async Task The_JSON_view_completes_property_names_from_the_schema()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.BaseAddress, "#/try").ToString());
        await page.GetByRole(AriaRole.Tab, new() { Name = "JSON" }).ClickAsync();
        var json = page.GetByLabel("Case JSON");
        await json.FillAsync("{\n  \"request\": { \"kind\": \"redNotice\", \"purp");
        await json.PressAsync("Control+Space");
        var options = page.GetByRole(AriaRole.Listbox, new() { Name = "Completions" }).GetByRole(AriaRole.Option);
        await Expect(options).ToHaveTextAsync(["purpose"]);
        await json.PressAsync("Enter");
        await Expect(json).ToHaveValueAsync(new Regex("\"purpose\": $"));

        await json.PressAsync("Control+Space");
        await Expect(options.First).ToHaveTextAsync("\"extradition\"");
    }
}
