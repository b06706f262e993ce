using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PolicyRules.Cases;
using PolicyRules.Engine;
using PolicyRules.Json;
using PolicyRules.Verdicts;

namespace PolicyRules.Snapshots;

/// <summary>How one scenario's verdict compares with the verdict approved at the base revision.</summary>
public enum ImpactKind
{
    /// <summary>Byte-identical to the approved verdict at the base.</summary>
    Unchanged,

    /// <summary>Some rule set's outcome changed.</summary>
    OutcomeChanged,

    /// <summary>Outcomes held, but findings were added or removed.</summary>
    FindingsChanged,

    /// <summary>Same outcomes and findings; wording, citations or a rule-set version changed.</summary>
    OtherChanged,

    /// <summary>The base has no approved verdict for this scenario.</summary>
    New,

    /// <summary>The scenario could not be evaluated.</summary>
    Error,
}

/// <summary>One scenario's impact.</summary>
/// <param name="Scenario">The scenario's name (its case path without the suffix, relative to the repository).</param>
/// <param name="Kind">How its verdict compares with the approved one at the base.</param>
/// <param name="Change">What changed, in plain words (for changed scenarios).</param>
/// <param name="Detail">A line for new, wording-only and failed scenarios.</param>
public sealed record ScenarioImpact(string Scenario, ImpactKind Kind, VerdictChange? Change = null, string? Detail = null)
{
    /// <summary>The scenario's description and name, e.g. "Corruption charges by a state without a treaty (rules/.../motivating-case)".</summary>
    public string Title => Change?.Title($"`{Scenario}`") ?? $"`{Scenario}`";
}

/// <summary>The impact of the working tree's rules on the scenario corpus, against the verdicts approved at a base revision.</summary>
public sealed record ImpactReport(string Base, ImmutableArray<ScenarioImpact> Scenarios, ImmutableArray<string> Removed)
{
    public IEnumerable<ScenarioImpact> Of(ImpactKind kind) => Scenarios.Where(s => s.Kind == kind);

    public IEnumerable<ScenarioImpact> Changed => Scenarios.Where(s => s.Kind is ImpactKind.OutcomeChanged or ImpactKind.FindingsChanged or ImpactKind.OtherChanged);
}

/// <summary>
/// Which verdicts a rule change alters across the corpus. Each scenario is evaluated with the current rules and compared
/// with its approved verdict as committed at the base revision; while the base was green (every approved verdict matched
/// its rules), that is exactly the difference the change makes. Nothing is written and nothing is approved.
/// </summary>
public static class VerdictImpact
{
    /// <summary>Evaluates every scenario and compares it with the approved verdict at <paramref name="baseRevision"/>.</summary>
    public static ImpactReport Measure(PolicyEngine engine, IReadOnlyList<Scenario> scenarios, GitRevision baseRevision, IEnumerable<string> folders)
    {
        var results = new List<ScenarioImpact>();
        var approved = baseRevision.Show([.. scenarios.Select(s => s.VerdictPath)]);
        foreach (var (scenario, index) in scenarios.Select((s, i) => (s, i)))
        {
            var name = Name(baseRevision.Relative(scenario.CasePath));
            string current;
            try
            {
                current = VerdictSnapshots.Render(engine.Evaluate(CaseReader.ReadFile(scenario.CasePath)), scenario.RuleSet);
            }
            catch (Exception e) when (e is CaseFormatException or PolicyEngineException)
            {
                results.Add(new ScenarioImpact(name, ImpactKind.Error, Detail: e.Message));
                continue;
            }

            results.Add(Compare(name, approved[index], current));
        }

        var present = scenarios.Select(s => baseRevision.Relative(s.CasePath)).ToHashSet(StringComparer.Ordinal);
        var removed = folders
            .SelectMany(baseRevision.Files)
            .Where(p => p.EndsWith(Scenario.CaseSuffix, StringComparison.Ordinal) && !present.Contains(p) && !File.Exists(Path.Combine(baseRevision.Root, p)))
            .Select(Name)
            .Distinct()
            .Order(StringComparer.Ordinal);
        return new ImpactReport(baseRevision.Name, [.. results], [.. removed]);
    }

    // A base approved before the snapshot form dropped catalogue data (URLs, versions, effective dates) still compares
    // finding for finding: its text is brought into today's form first. Text that does not parse is left as it is.
    private static string InSnapshotForm(string approved)
    {
        try
        {
            return VerdictSnapshots.Render(PolicyJson.ParseVerdict(approved), ruleSet: null);
        }
        catch (JsonException)
        {
            return approved;
        }
    }

    /// <summary>Compares one scenario's current verdict text with the approved text at the base (null: none there).</summary>
    public static ScenarioImpact Compare(string scenario, string? approved, string current)
    {
        if (approved is null)
        {
            return new ScenarioImpact(scenario, ImpactKind.New, Detail: OutcomesOf(current));
        }

        approved = InSnapshotForm(approved);
        if (approved == current)
        {
            return new ScenarioImpact(scenario, ImpactKind.Unchanged);
        }

        Verdict before, after;
        try
        {
            before = PolicyJson.ParseVerdict(approved);
            after = PolicyJson.ParseVerdict(current);
        }
        catch (JsonException)
        {
            return new ScenarioImpact(scenario, ImpactKind.OtherChanged, Detail: "the approved verdict at the base is not in the current verdict format");
        }

        var change = VerdictChange.Between(before, after);
        var kind = change.OutcomeChanged ? ImpactKind.OutcomeChanged : change.FindingsChanged ? ImpactKind.FindingsChanged : ImpactKind.OtherChanged;
        return new ScenarioImpact(scenario, kind, change, kind == ImpactKind.OtherChanged ? string.Join(" ", change.Lines().Select(l => l.Trim())) : null);
    }

    /// <summary>The report a reviewer pastes into a pull request.</summary>
    public static string Markdown(ImpactReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"## Verdict impact against `{report.Base}`\n\n");
        text.Append(Summary(report)).Append("\n\n");

        var outcomeChanged = report.Of(ImpactKind.OutcomeChanged).ToList();
        if (outcomeChanged.Count > 0)
        {
            var table = new StringBuilder("| Scenario | Rule set | Before | After |\n|---|---|---|---|\n");
            foreach (var scenario in outcomeChanged)
            {
                foreach (var set in scenario.Change!.RuleSets.Where(r => r.OutcomeChanged))
                {
                    table.Append(CultureInfo.InvariantCulture, $"| {Cell(scenario.Title)} | {set.RuleSet} | {set.OutcomeBefore ?? "none"} | **{set.OutcomeAfter ?? "none"}** |\n");
                }
            }

            Fold(text, "Outcome changed", outcomeChanged.Count, table.ToString());
        }

        var changed = report.Scenarios.Where(s => s.Kind is ImpactKind.OutcomeChanged or ImpactKind.FindingsChanged).ToList();
        if (changed.Count > 0)
        {
            var body = new StringBuilder();
            foreach (var scenario in changed)
            {
                body.Append(CultureInfo.InvariantCulture, $"- {scenario.Title}\n");
                foreach (var line in scenario.Change!.Markdown().Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    body.Append("  ").Append(line).Append('\n');
                }
            }

            Fold(text, "What changed, scenario by scenario", changed.Count, body.ToString());

            var byRule = changed
                .SelectMany(s => s.Change!.RuleSets.SelectMany(r => r.Findings).Select(f => (f.RuleId, f.Kind, s.Scenario)))
                .GroupBy(x => x.RuleId)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            if (byRule.Count > 0)
            {
                var table = new StringBuilder("| Rule | Added in | Removed from | Changed in |\n|---|---|---|---|\n");
                foreach (var rule in byRule)
                {
                    int Count(FindingChangeKind kind) => rule.Where(x => x.Kind == kind).Select(x => x.Scenario).Distinct().Count();
                    table.Append(CultureInfo.InvariantCulture, $"| {rule.Key} | {Count(FindingChangeKind.Added)} | {Count(FindingChangeKind.Removed)} | {Count(FindingChangeKind.Changed)} |\n");
                }

                Fold(text, "By rule", byRule.Count, table.ToString());
            }
        }

        static string Line(ScenarioImpact scenario) => $"{scenario.Title}: {scenario.Detail}";
        Section(text, "Other changes", report.Of(ImpactKind.OtherChanged).Select(Line));
        Section(text, "New scenarios", report.Of(ImpactKind.New).Select(Line));
        Section(text, "Removed scenarios", report.Removed.Select(scenario => $"`{scenario}`"));
        Section(text, "Could not evaluate", report.Of(ImpactKind.Error).Select(Line));

        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Sections longer than this many items fold into a &lt;details&gt; block, so a pull request stays readable.</summary>
    public const int FoldAfter = 10;

    /// <summary>A heading and one bullet per line; nothing at all when there are no lines.</summary>
    private static void Section(StringBuilder text, string heading, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        if (items.Count == 0)
        {
            return;
        }

        Fold(text, heading, items.Count, string.Concat(items.Select(item => $"- {item}\n")));
    }

    /// <summary>A section under its heading; folded (GitHub and GitLab render &lt;details&gt;) when it has more than <see cref="FoldAfter"/> items.</summary>
    internal static void Fold(StringBuilder text, string heading, int items, string body)
    {
        text.Append(CultureInfo.InvariantCulture, $"### {heading}\n\n");
        if (items > FoldAfter)
        {
            text.Append(CultureInfo.InvariantCulture, $"<details><summary>{items} entries</summary>\n\n{body}\n</details>\n\n");
        }
        else
        {
            text.Append(body).Append('\n');
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>The one-line summary.</summary>
    public static string Summary(ImpactReport report) => string.Create(
        CultureInfo.InvariantCulture,
        $"**{report.Changed.Count()} of {report.Scenarios.Length} scenarios change** " +
        $"({report.Of(ImpactKind.OutcomeChanged).Count()} outcome, {report.Of(ImpactKind.FindingsChanged).Count()} findings only, {report.Of(ImpactKind.OtherChanged).Count()} wording); " +
        $"{report.Of(ImpactKind.New).Count()} new, {report.Removed.Length} removed, {report.Of(ImpactKind.Error).Count()} could not be evaluated.");

    private static string OutcomesOf(string current)
    {
        try
        {
            return string.Join(", ", PolicyJson.ParseVerdict(current).RuleSets.Select(r => $"{r.RuleSet} {VerdictText.Word(r.Outcome)}"));
        }
        catch (JsonException)
        {
            return "new";
        }
    }

    private static string Name(string relativeCasePath) => relativeCasePath[..^Scenario.CaseSuffix.Length];
}
