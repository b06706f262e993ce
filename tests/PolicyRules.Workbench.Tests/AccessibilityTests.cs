using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PolicyRules.Workbench.Tests;

/// <summary>Keyboard use, labels, meaning without colour, and a narrow window.</summary>
public sealed class AccessibilityTests(WorkbenchFixture fixture) : IClassFixture<WorkbenchFixture>
{
    private const string Motivating = "rules/PolicyRules.Rules.Interpol/Scenarios/motivating-case";

    [Fact]
    public async Task The_keyboard_reaches_the_skip_link_and_the_navigation_and_a_page_change_moves_focus_to_its_heading()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.BaseAddress, "#/rules").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rules", Exact = true })).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        var scenarios = page.GetByRole(AriaRole.Navigation, new() { Name = "Workbench" }).GetByRole(AriaRole.Link, new() { Name = "Scenarios" });
        await Expect(scenarios).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("#/scenarios$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeFocusedAsync();
        // The current page is marked for assistive technology, not only by its underline.
        await Expect(scenarios).ToHaveAttributeAsync("aria-current", "page");
    }

    [Theory]
    [InlineData("#/rules")]
    [InlineData("#/scenarios")]
    [InlineData("#/try?scenario=" + Motivating)]
    [InlineData("#/review")]
    public async Task Every_control_has_a_name_and_every_outcome_or_effect_is_also_a_word(string route)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.BaseAddress, route).ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Loading");
        if (route.StartsWith("#/try", StringComparison.Ordinal))
        {
            await Expect(page.Locator("#verdict .badge").First).ToBeVisibleAsync();
        }

        var unnamed = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('input, select, textarea, button')].filter(el => !el.closest('[hidden]'))" +
            ".filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby') && !(el.tagName === 'BUTTON' && el.textContent.trim()))" +
            ".map(el => el.outerHTML.slice(0, 120))");
        Assert.Empty(unnamed);

        var badges = await page.Locator(".badge").AllTextContentsAsync();
        Assert.All(badges, text => Assert.Matches(@"^\S+ [a-z]", text));
    }

    [Fact]
    public async Task On_a_narrow_window_a_scenario_reads_without_sideways_scrolling()
    {
        var page = await fixture.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync(new Uri(fixture.BaseAddress, $"#/scenarios/{Motivating}").ToString());
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "interpol verdict" })).ToBeVisibleAsync();

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a 390px window");
        await Screenshots.TakeAsync(page, "workbench-narrow.png");
    }
}
