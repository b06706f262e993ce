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

/// <summary>A finding that appears or disappears between the base verdict and the current one.</summary>
public sealed record FindingChange(string RuleSet, bool Added, VerdictFinding Finding);

/// <summary>One scenario's impact.</summary>
public sealed record ScenarioImpact(
    string Scenario,
    ImpactKind Kind,
    ImmutableArray<(string RuleSet, string Before, string After)> Outcomes,
    ImmutableArray<FindingChange> Findings,
    string? Detail = null);

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
                results.Add(new ScenarioImpact(name, ImpactKind.Error, [], [], e.Message));
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

    /// <summary>Compares one scenario's current verdict text with the approved text at the base (null: none there).</summary>
    public static ScenarioImpact Compare(string scenario, string? approved, string current)
    {
        if (approved is null)
        {
            return new ScenarioImpact(scenario, ImpactKind.New, [], [], OutcomesOf(current));
        }

        if (approved == current)
        {
            return new ScenarioImpact(scenario, ImpactKind.Unchanged, [], []);
        }

        Verdict before, after;
        try
        {
            before = PolicyJson.ParseVerdict(approved);
            after = PolicyJson.ParseVerdict(current);
        }
        catch (JsonException)
        {
            return new ScenarioImpact(scenario, ImpactKind.OtherChanged, [], [], "the approved verdict at the base is not in the current verdict format");
        }

        var outcomes = ImmutableArray.CreateBuilder<(string, string, string)>();
        var findings = ImmutableArray.CreateBuilder<FindingChange>();
        var sets = before.RuleSets.Select(r => r.RuleSet).Concat(after.RuleSets.Select(r => r.RuleSet)).Distinct();
        foreach (var set in sets)
        {
            var old = before.For(set);
            var now = after.For(set);
            var oldOutcome = old is null ? "none" : Lower(old.Outcome);
            var newOutcome = now is null ? "none" : Lower(now.Outcome);
            if (oldOutcome != newOutcome)
            {
                outcomes.Add((set, oldOutcome, newOutcome));
            }

            var oldFindings = old?.Findings ?? [];
            var newFindings = now?.Findings ?? [];
            findings.AddRange(newFindings.Where(f => !oldFindings.Any(o => Same(o, f))).Select(f => new FindingChange(set, Added: true, f)));
            findings.AddRange(oldFindings.Where(f => !newFindings.Any(n => Same(n, f))).Select(f => new FindingChange(set, Added: false, f)));
        }

        var kind = outcomes.Count > 0 ? ImpactKind.OutcomeChanged : findings.Count > 0 ? ImpactKind.FindingsChanged : ImpactKind.OtherChanged;
        return new ScenarioImpact(scenario, kind, outcomes.ToImmutable(), findings.ToImmutable(), kind == ImpactKind.OtherChanged ? "wording, citations or a rule-set version changed" : null);
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
            text.Append("### Outcome changed\n\n| Scenario | Rule set | Before | After |\n|---|---|---|---|\n");
            foreach (var scenario in outcomeChanged)
            {
                foreach (var (set, before, after) in scenario.Outcomes)
                {
                    text.Append(CultureInfo.InvariantCulture, $"| `{scenario.Scenario}` | {set} | {before} | **{after}** |\n");
                }
            }

            text.Append('\n');
        }

        var withFindings = report.Scenarios.Where(s => !s.Findings.IsEmpty).ToList();
        if (withFindings.Count > 0)
        {
            text.Append("### Findings added or removed\n\n");
            foreach (var scenario in withFindings)
            {
                text.Append(CultureInfo.InvariantCulture, $"- `{scenario.Scenario}`\n");
                foreach (var change in scenario.Findings)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  - {(change.Added ? "added" : "removed")} {change.Finding.RuleId} ({Lower(change.Finding.Effect)}, {change.RuleSet}): {change.Finding.Reason}\n");
                }
            }

            text.Append("\n### By rule\n\n| Rule | Added in | Removed from |\n|---|---|---|\n");
            var byRule = withFindings
                .SelectMany(s => s.Findings.Select(f => (f.Finding.RuleId, f.Added, s.Scenario)))
                .GroupBy(x => x.RuleId)
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var rule in byRule)
            {
                var added = rule.Where(x => x.Added).Select(x => x.Scenario).Distinct().Count();
                var removed = rule.Where(x => !x.Added).Select(x => x.Scenario).Distinct().Count();
                text.Append(CultureInfo.InvariantCulture, $"| {rule.Key} | {added} | {removed} |\n");
            }

            text.Append('\n');
        }

        static string Line(ScenarioImpact scenario) => $"`{scenario.Scenario}`: {scenario.Detail}";
        Section(text, "Other changes", report.Of(ImpactKind.OtherChanged).Select(Line));
        Section(text, "New scenarios", report.Of(ImpactKind.New).Select(Line));
        Section(text, "Removed scenarios", report.Removed.Select(scenario => $"`{scenario}`"));
        Section(text, "Could not evaluate", report.Of(ImpactKind.Error).Select(Line));

        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>A heading and one bullet per line; nothing at all when there are no lines.</summary>
    private static void Section(StringBuilder text, string heading, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        if (items.Count == 0)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"### {heading}\n\n");
        foreach (var item in items)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {item}\n");
        }

        text.Append('\n');
    }

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
            return string.Join(", ", PolicyJson.ParseVerdict(current).RuleSets.Select(r => $"{r.RuleSet} {Lower(r.Outcome)}"));
        }
        catch (JsonException)
        {
            return "new";
        }
    }

    private static bool Same(VerdictFinding a, VerdictFinding b) =>
        a.RuleId == b.RuleId && a.Effect == b.Effect && a.Reason == b.Reason && a.Basis.SequenceEqual(b.Basis);

    private static string Name(string relativeCasePath) => relativeCasePath[..^Scenario.CaseSuffix.Length];

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
