using PolicyRules.Snapshots;

namespace PolicyRules.Tests;

/// <summary>The lists at the end of the impact report: wording-only changes, new, removed and failed scenarios.</summary>
public sealed class VerdictImpactMarkdownTests
{
    [Fact]
    public void Each_list_section_shows_its_scenarios_and_empty_sections_are_left_out()
    {
        var report = new ImpactReport(
            "main",
            [
                new ScenarioImpact("rules/a/wording", ImpactKind.OtherChanged, Detail: "wording changed"),
                new ScenarioImpact("rules/a/fresh", ImpactKind.New, Detail: "no approved verdict at main"),
                new ScenarioImpact("rules/a/broken", ImpactKind.Error, Detail: "line 3: bad JSON"),
            ],
            ["rules/a/gone"]);

        var markdown = VerdictImpact.Markdown(report);

        Assert.Contains("### Other changes\n\n- `rules/a/wording`: wording changed\n\n", markdown, StringComparison.Ordinal);
        Assert.Contains("### New scenarios\n\n- `rules/a/fresh`: no approved verdict at main\n\n", markdown, StringComparison.Ordinal);
        Assert.Contains("### Removed scenarios\n\n- `rules/a/gone`\n\n", markdown, StringComparison.Ordinal);
        Assert.EndsWith("### Could not evaluate\n\n- `rules/a/broken`: line 3: bad JSON\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_without_such_scenarios_has_none_of_the_list_sections()
    {
        var markdown = VerdictImpact.Markdown(new ImpactReport("main", [], []));

        Assert.DoesNotContain("### Other changes", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("### New scenarios", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("### Removed scenarios", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("### Could not evaluate", markdown, StringComparison.Ordinal);
    }
}
