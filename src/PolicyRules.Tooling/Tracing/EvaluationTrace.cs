using System.Collections.Immutable;
using PolicyRules.Facts;
using PolicyRules.Verdicts;

namespace PolicyRules.Engine.Tracing;

/// <summary>The trace of one evaluation: the verdict, every rule firing in order, and optionally why one rule did not fire.</summary>
public sealed record EvaluationTrace
{
    public required Verdict Verdict { get; init; }

    public required ImmutableArray<TraceStep> Steps { get; init; }

    public WhyNot? WhyNot { get; init; }
}

/// <summary>One rule firing: which facts it matched (and which earlier step yielded each), and what it yielded.</summary>
public sealed record TraceStep
{
    public required int Step { get; init; }

    public required string RuleId { get; init; }

    public required string RuleSet { get; init; }

    public required ImmutableArray<TraceFact> Matched { get; init; }

    public required ImmutableArray<TraceFact> Yielded { get; init; }
}

/// <summary>A fact in a trace: its label, and the step that yielded it (null for a fact of the case or reference data).</summary>
/// <param name="Name">The pattern variable it was bound to, for matched facts.</param>
/// <param name="Label">The fact's label, e.g. "charge c1" or "finding INT-0104".</param>
/// <param name="YieldedBy">The step that yielded it, when it is a derived fact or a finding.</param>
/// <param name="Withdrawn">Whether a yielded fact was withdrawn later, because what it rested on stopped holding.</param>
public sealed record TraceFact(string? Name, string Label, int? YieldedBy = null, bool Withdrawn = false);

/// <summary>What the evaluation says about one rule that was asked about with <c>--why-not</c>.</summary>
public enum WhyNotStatus
{
    /// <summary>The rule fired after all.</summary>
    Fired,

    /// <summary>A condition failed; <see cref="WhyNot.FirstFailed"/> names it.</summary>
    ConditionFailed,

    /// <summary>Every condition held on its own, but no one combination of facts satisfied them together.</summary>
    NoJointMatch,

    /// <summary>The conditions matched but the rule is not in force on the case's as-of date.</summary>
    NotInForce,
}

/// <summary>Why a rule did not fire: each of its conditions with where it held or failed, and the first that failed.</summary>
public sealed record WhyNot
{
    public required string RuleId { get; init; }

    public required WhyNotStatus Status { get; init; }

    public required string Summary { get; init; }

    public required ImmutableArray<ConditionOutcome> Conditions { get; init; }

    public ConditionOutcome? FirstFailed { get; init; }
}

/// <summary>How one condition fared: "held", "failed" or "not evaluated", with the facts it was true and false on.</summary>
public sealed record ConditionOutcome
{
    public required int Index { get; init; }

    public required string Pattern { get; init; }

    public required string Kind { get; init; }

    public required string Condition { get; init; }

    public required string Status { get; init; }

    public required ImmutableArray<string> TrueOn { get; init; }

    public required ImmutableArray<string> FalseOn { get; init; }

    public string? Error { get; init; }
}

/// <summary>Builds evaluation traces from NRules' own event stream (see notes on RuleFiredEvent and linked-fact sources).</summary>
public static class Tracer
{
    public const string Held = "held";
    public const string Failed = "failed";
    public const string NotEvaluated = "not evaluated";

    /// <summary>Evaluates a case with a recorder attached; condition events only when <paramref name="conditions"/> is set.</summary>
    public static (Verdict Verdict, EvaluationRecorder Recorder) Record(PolicyEngine engine, Case policyCase, bool conditions, CancellationToken cancellationToken = default)
    {
        var recorder = new EvaluationRecorder(conditions);
        var verdict = engine.Evaluate(policyCase, recorder.Attach, cancellationToken: cancellationToken);
        return (verdict, recorder);
    }

    /// <summary>The trace of one evaluation, and why <paramref name="whyNotRuleId"/> did not fire when one is named.</summary>
    /// <exception cref="ArgumentException">The rule ID is unknown to the engine.</exception>
    public static EvaluationTrace Explain(PolicyEngine engine, Case policyCase, string? whyNotRuleId = null, CancellationToken cancellationToken = default)
    {
        if (whyNotRuleId is not null && engine.FindRule(whyNotRuleId) is null)
        {
            throw new ArgumentException(UnknownRule(engine, whyNotRuleId), nameof(whyNotRuleId));
        }

        var (verdict, recorder) = Record(engine, policyCase, conditions: whyNotRuleId is not null, cancellationToken);
        var steps = recorder.Firings.Select(f => new TraceStep
        {
            Step = f.Step,
            RuleId = f.RuleId,
            RuleSet = engine.FindRule(f.RuleId)?.RuleSet ?? string.Empty,
            Matched = [.. f.Matched.Select(m => new TraceFact(m.Declaration, Label(m.Fact), m.Fact is null ? null : recorder.YieldedBy(m.Fact)?.Step))],
            Yielded = [.. f.Yielded.Select(y => new TraceFact(null, Label(y), f.Step, recorder.Withdrawn.Contains(y)))],
        }).ToImmutableArray();
        return new EvaluationTrace
        {
            Verdict = verdict,
            Steps = steps,
            WhyNot = whyNotRuleId is null ? null : Analyse(engine, engine.FindRule(whyNotRuleId)!, policyCase, recorder),
        };
    }

    /// <summary>The one-line message for an unknown rule ID, with the IDs that do exist.</summary>
    public static string UnknownRule(PolicyEngine engine, string ruleId)
    {
        var near = engine.Rules.Select(r => r.Id).Where(id => id.StartsWith(ruleId.Split('-')[0], StringComparison.OrdinalIgnoreCase)).ToList();
        var known = near.Count > 0 ? near : [.. engine.Rules.Select(r => r.Id)];
        return $"unknown rule ID `{ruleId}`; known rule IDs: {string.Join(", ", known.Take(40))}{(known.Count > 40 ? ", ..." : string.Empty)} (list them all with `policyrules rules`).";
    }

    /// <summary>The label of a fact as a verdict shows it.</summary>
    public static string Label(object? fact) => fact switch
    {
        null => "nothing",
        Finding finding => $"finding {finding.RuleId} ({finding.Effect.ToString().ToLowerInvariant()})",
        IDescribedFact described => described.Label,
        string text => $"\"{text}\"",
        IFormattable value => value.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        System.Collections.IEnumerable collected => Collected(collected.Cast<object?>().ToList()),
        _ => fact.GetType().Name,
    };

    // A Query or Collect binds a whole collection of facts; name the first few so the trace stays one line per binding.
    private static string Collected(List<object?> facts) =>
        facts.Count == 0 ? "no facts" : $"{facts.Count} fact(s): {string.Join(", ", facts.Take(5).Select(Label))}{(facts.Count > 5 ? ", ..." : string.Empty)}";

    /// <summary>
    /// How each condition of rule <paramref name="ruleId"/> fared in a recorded evaluation. A condition of a <c>Match</c> or
    /// <c>Exists</c> holds when it was true on at least one fact; the inside of a <c>Not</c> holds when no fact made all
    /// of its conditions true.
    /// </summary>
    public static ImmutableArray<ConditionOutcome> Outcomes(ImmutableArray<RuleCondition> conditions, string ruleId, EvaluationRecorder recorder)
    {
        var mine = recorder.ConditionsOf(ruleId).ToLookup(c => c.Key, StringComparer.Ordinal);
        var outcomes = new List<ConditionOutcome>();
        foreach (var condition in conditions)
        {
            string status;
            ImmutableArray<string> trueOn, falseOn;
            string? error = null;
            if (condition.Key is null)
            {
                var present = recorder.Facts.Where(f => condition.FactType.IsInstanceOfType(f) && !recorder.Withdrawn.Contains(f)).Select(Label).Distinct().ToImmutableArray();
                trueOn = present;
                falseOn = [];
                status = present.IsEmpty ? Failed : Held;
            }
            else
            {
                var evaluations = mine[condition.Key].ToList();
                trueOn = [.. evaluations.Where(e => e.Held).Select(e => Describe(e.Facts)).Distinct()];
                falseOn = [.. evaluations.Where(e => !e.Held).Select(e => Describe(e.Facts)).Distinct().Except(trueOn)];
                error = evaluations.FirstOrDefault(e => e.Error is not null)?.Error?.Message;
                status = evaluations.Count == 0 ? NotEvaluated : trueOn.IsEmpty ? Failed : Held;
            }

            // Inside a Not, a fact making the condition true is what blocks the rule: invert, so "failed" always means
            // "this is why the rule could not fire".
            if (condition.Kind == PatternKind.Not)
            {
                status = status == Held ? Failed : Held;
            }

            outcomes.Add(new ConditionOutcome
            {
                Index = condition.Index,
                Pattern = condition.Pattern,
                Kind = condition.Kind.ToString().ToLowerInvariant(),
                Condition = condition.Text,
                Status = status,
                TrueOn = trueOn,
                FalseOn = falseOn,
                Error = error,
            });
        }

        // A Not pattern with several conditions blocks only when one fact makes all of them true.
        foreach (var group in outcomes.Where(o => o.Kind == "not").GroupBy(o => o.Pattern).Where(g => g.Count() > 1).ToList())
        {
            var blocking = group.Select(o => o.TrueOn.AsEnumerable()).Aggregate((a, b) => a.Intersect(b)).ToHashSet();
            foreach (var outcome in group)
            {
                var index = outcomes.IndexOf(outcome);
                outcomes[index] = outcome with { Status = blocking.Count > 0 ? Failed : Held };
            }
        }

        return [.. outcomes];
    }

    private static WhyNot Analyse(PolicyEngine engine, RuleInfo rule, Case policyCase, EvaluationRecorder recorder)
    {
        var outcomes = Outcomes(RuleConditions.Of(engine.Definitions[rule.Id]), rule.Id, recorder);
        if (recorder.Firings.FirstOrDefault(f => f.RuleId == rule.Id) is { } fired)
        {
            return new WhyNot { RuleId = rule.Id, Status = WhyNotStatus.Fired, Summary = $"`{rule.Id}` did fire, at step {fired.Step}.", Conditions = outcomes };
        }

        var first = outcomes.FirstOrDefault(o => o.Status != Held);
        if (first is not null)
        {
            return new WhyNot
            {
                RuleId = rule.Id,
                Status = WhyNotStatus.ConditionFailed,
                Summary = $"`{rule.Id}` did not fire: condition {first.Index} on {first.Pattern}, `{first.Condition}`, {Reading(first)}.",
                Conditions = outcomes,
                FirstFailed = first,
            };
        }

        if (!rule.AppliesOn(policyCase.AsOf) && recorder.Activated.Contains(rule.Id))
        {
            var window = rule.EffectiveUntil is { } until ? $"{rule.EffectiveFrom:yyyy-MM-dd} to {until:yyyy-MM-dd}" : $"from {rule.EffectiveFrom:yyyy-MM-dd}";
            return new WhyNot
            {
                RuleId = rule.Id,
                Status = WhyNotStatus.NotInForce,
                Summary = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"`{rule.Id}` matched, but it is in force {window} and the case is judged as of {policyCase.AsOf:yyyy-MM-dd}."),
                Conditions = outcomes,
            };
        }

        return new WhyNot
        {
            RuleId = rule.Id,
            Status = WhyNotStatus.NoJointMatch,
            Summary = $"`{rule.Id}` did not fire: each condition held on some fact, but no one combination of facts satisfied them all together.",
            Conditions = outcomes,
        };
    }

    /// <summary>A failed condition in words: what it was false on, or what blocked it.</summary>
    public static string Reading(ConditionOutcome outcome) => outcome switch
    {
        { Error: { } error } => $"failed with an error: {error}",
        { Kind: "not" } => $"requires that no such fact exists, but it was true on {string.Join("; ", outcome.TrueOn)}",
        { Status: NotEvaluated } => "was never evaluated: no fact reached it (an earlier condition of the same pattern failed, or the case has no such fact)",
        { FalseOn.IsEmpty: true, TrueOn.IsEmpty: true } => "found no fact of that type in the case",
        _ => $"was false on {string.Join("; ", outcome.FalseOn)}",
    };

    private static string Describe(IReadOnlyList<object?> facts) => string.Join(" with ", facts.Select(Label));
}
