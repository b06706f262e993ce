using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PolicyRules.Cases;
using PolicyRules.Engine;
using PolicyRules.Engine.Tracing;
using PolicyRules.Verdicts;

namespace PolicyRules.Snapshots;

/// <summary>A scenario where a rule did not fire although some of its conditions held.</summary>
/// <param name="Scenario">The scenario's display name.</param>
/// <param name="Held">How many of the rule's positive conditions held.</param>
/// <param name="Total">How many positive conditions the rule has.</param>
public sealed record NearMiss(string Scenario, int Held, int Total);

/// <summary>How the corpus exercises one rule.</summary>
public sealed record RuleCoverageEntry(RuleInfo Rule, ImmutableArray<string> FiresIn, ImmutableArray<NearMiss> NearMisses)
{
    public bool Fired => !FiresIn.IsEmpty;

    public bool HasNearMiss => !NearMisses.IsEmpty;

    /// <summary>The questions the rule asked, each with the first scenario (by name) where it was asked, ordered by question.</summary>
    public ImmutableArray<(string Question, string Scenario)> Questions { get; init; } = [];
}

/// <summary>Rule coverage over a scenario corpus.</summary>
public sealed record CoverageReport(
    ImmutableArray<RuleCoverageEntry> Rules,
    int Scenarios,
    ImmutableArray<(string Scenario, string Error)> Errors)
{
    public IEnumerable<RuleCoverageEntry> NeverFired => Rules.Where(r => !r.Fired);

    public IEnumerable<RuleCoverageEntry> WithoutNearMiss => Rules.Where(r => !r.HasNearMiss);

    public RuleCoverageEntry? For(string ruleId) => Rules.FirstOrDefault(r => r.Rule.Id == ruleId);
}

/// <summary>
/// Measures which rules the scenario corpus exercises. A rule <b>fires in</b> a scenario when NRules fired it while
/// evaluating that scenario. A scenario is a <b>near miss</b> for a rule when the rule did not fire there, yet at least one
/// of its positive conditions held: a condition of a <c>Match</c> or <c>Exists</c> pattern that evaluated true on some
/// fact (NRules' <c>LhsExpressionEvaluatedEvent</c>, whose <c>Rules</c> names the rules the condition belongs to); a
/// pattern without conditions does not count, since it holds wherever such a fact exists. For a rule with a single positive condition, which cannot
/// hold without the rule firing unless an exception stops it, a near miss is that condition found false on a fact that
/// states every value the condition reads (the value lay on the other side; false only because a value is unknown does not
/// count). Conditions inside <c>Not</c>, <c>Query</c> or <c>All</c> do not count: their holding is not
/// a step towards the rule firing.
/// </summary>
public static class RuleCoverage
{
    /// <summary>Evaluates every scenario with condition events on, and reports per rule.</summary>
    public static CoverageReport Measure(PolicyEngine engine, IReadOnlyList<Scenario> scenarios, Func<Scenario, string> nameOf)
    {
        var conditions = engine.Rules.ToDictionary(r => r.Id, r => RuleConditions.Of(engine.Definitions[r.Id]), StringComparer.Ordinal);
        var fires = engine.Rules.ToDictionary(r => r.Id, _ => new List<string>(), StringComparer.Ordinal);
        var misses = engine.Rules.ToDictionary(r => r.Id, _ => new List<NearMiss>(), StringComparer.Ordinal);
        var errors = ImmutableArray.CreateBuilder<(string, string)>();
        var questions = engine.Rules.ToDictionary(r => r.Id, _ => new SortedDictionary<string, string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var scenario in scenarios)
        {
            var name = nameOf(scenario);
            EvaluationRecorder recorder;
            try
            {
                Verdict verdict;
                (verdict, recorder) = Tracer.Record(engine, CaseReader.ReadFile(scenario.CasePath), conditions: true);
                foreach (var question in verdict.RuleSets.SelectMany(r => r.Questions))
                {
                    foreach (var rule in question.AskedBy)
                    {
                        questions[rule].TryAdd(question.Question, name);
                    }
                }
            }
            catch (Exception e) when (e is CaseFormatException or PolicyEngineException)
            {
                errors.Add((name, e.Message));
                continue;
            }

            var fired = recorder.Firings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
            foreach (var rule in engine.Rules)
            {
                if (fired.Contains(rule.Id))
                {
                    fires[rule.Id].Add(name);
                    continue;
                }

                // Only real conditions count: a pattern without conditions ("any request") holds in every scenario that has
                // such a fact, so its holding says nothing about how close the rule came.
                var real = conditions[rule.Id].Where(c => c.Positive && c.Key is not null).Select(c => c.Index).ToHashSet();
                var positive = Tracer.Outcomes(conditions[rule.Id], rule.Id, recorder).Where(o => real.Contains(o.Index)).ToList();
                var held = positive.Count(o => o.Status == Tracer.Held);
                // A rule with a single real condition can never hold it without firing (or being excepted), so for it a
                // near miss is that condition found false on a fact that states every value the condition reads: the value
                // lay on the other side. A condition false only because a value is unknown (null) is not a near miss.
                var otherSide = positive.Count == 1 && positive[0].Status == Tracer.Failed &&
                    conditions[rule.Id].Single(c => c.Index == positive[0].Index) is { Key: { } key, Expression: { } expression } &&
                    recorder.ConditionsOf(rule.Id).Any(c => c.Key == key && !c.Held && StatedValues.AllStated(expression, c.Facts));
                if (held > 0 || otherSide)
                {
                    misses[rule.Id].Add(new NearMiss(name, held, positive.Count));
                }
            }
        }

        var entries = engine.Rules.Select(r => new RuleCoverageEntry(
            r,
            [.. fires[r.Id].Order(StringComparer.Ordinal)],
            [.. misses[r.Id].OrderByDescending(m => (double)m.Held / m.Total).ThenBy(m => m.Scenario, StringComparer.Ordinal)])
        {
            Questions = [.. questions[r.Id].Select(q => (q.Key, q.Value))],
        });
        return new CoverageReport([.. entries], scenarios.Count, errors.ToImmutable());
    }

    /// <summary>The report as plain text: one line per rule, then the gaps.</summary>
    public static string Text(CoverageReport report)
    {
        var text = new StringBuilder();
        foreach (var entry in report.Rules)
        {
            var best = entry.NearMisses.FirstOrDefault();
            text.Append(CultureInfo.InvariantCulture, $"{entry.Rule.Id,-10} fires in {entry.FiresIn.Length,3}, near miss in {entry.NearMisses.Length,3}");
            if (best is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"  (closest: {best.Scenario}, {best.Held} of {best.Total} positive conditions held)");
            }

            text.Append('\n');
        }

        foreach (var (scenario, error) in report.Errors)
        {
            text.Append(CultureInfo.InvariantCulture, $"error: {scenario}: {error}\n");
        }

        var never = report.NeverFired.ToList();
        var noMiss = report.WithoutNearMiss.ToList();
        text.Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"never fired ({never.Count}): {(never.Count == 0 ? "none" : string.Join(", ", never.Select(r => r.Rule.Id)))}\n");
        text.Append(CultureInfo.InvariantCulture, $"no near miss ({noMiss.Count}): {(noMiss.Count == 0 ? "none" : string.Join(", ", noMiss.Select(r => r.Rule.Id)))}\n");
        text.Append(CultureInfo.InvariantCulture, $"coverage: {report.Rules.Length} rules over {report.Scenarios} scenarios; {report.Rules.Length - never.Count} fired, {never.Count} never fired, {noMiss.Count} without a near miss.\n");
        return text.ToString();
    }

    /// <summary>What a rule author should add to close a coverage gap, one line.</summary>
    public static string Advice(RuleCoverageEntry entry, string scenarioFolder) =>
        Advice(entry, scenarioFolder, entry.Fired ? CoverageGaps.NoNearMiss : CoverageGaps.FiresInNoScenario);

    /// <summary>What a rule author should add to close one gap (<see cref="CoverageGaps.FiresInNoScenario"/> or <see cref="CoverageGaps.NoNearMiss"/>).</summary>
    public static string Advice(RuleCoverageEntry entry, string scenarioFolder, string gap) => gap switch
    {
        CoverageGaps.FiresInNoScenario => $"`{entry.Rule.Id}` ({entry.Rule.Description.TrimEnd('.')}) fires in no scenario: add a case under {scenarioFolder} where it fires, approve its verdict, and check with `policyrules coverage`.",
        _ => $"`{entry.Rule.Id}` has no near-miss scenario: add a case under {scenarioFolder} where some of its conditions hold but it does not fire " +
            (entry.Fired ? $"(e.g. copy {entry.FiresIn[0]} and break one condition; " : "(") + $"`policyrules explain <case> --why-not {entry.Rule.Id}` shows which).",
    };
}
