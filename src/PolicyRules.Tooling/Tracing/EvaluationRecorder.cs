using System.Linq.Expressions;
using NRules;

namespace PolicyRules.Engine.Tracing;

/// <summary>One rule firing as NRules reported it: the rule and the facts bound to its patterns.</summary>
public sealed class FiringRecord(int step, string ruleId, IReadOnlyList<(string Declaration, object? Fact)> matched)
{
    public int Step { get; } = step;

    public string RuleId { get; } = ruleId;

    public IReadOnlyList<(string Declaration, object? Fact)> Matched { get; } = matched;

    /// <summary>The linked facts (findings, derived facts) the firing yielded.</summary>
    public List<object> Yielded { get; } = [];
}

/// <summary>One evaluation of one condition on some facts, as reported by <c>LhsExpressionEvaluatedEvent</c>.</summary>
public sealed record ConditionRecord(IReadOnlyList<string> Rules, string Key, bool Held, IReadOnlyList<object?> Facts, Exception? Error);

/// <summary>
/// Listens to one session's events and keeps what an explanation or a coverage report needs. Condition events cost time on
/// every evaluation, so they are only switched on when asked for (<c>explain</c>, <c>coverage</c>), never for <c>evaluate</c>.
/// </summary>
public sealed class EvaluationRecorder(bool conditions)
{
    private readonly Dictionary<object, FiringRecord> _yieldedBy = new(ReferenceEqualityComparer.Instance);
    private ILookup<string, ConditionRecord>? _byRule;

    public List<FiringRecord> Firings { get; } = [];

    public List<ConditionRecord> Conditions { get; } = [];

    /// <summary>Every fact that entered working memory, inputs and yielded ones, in order.</summary>
    public List<object> Facts { get; } = [];

    /// <summary>Yielded facts that were withdrawn again because what they rested on stopped holding.</summary>
    public HashSet<object> Withdrawn { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Rules that had a complete match at some point (before the effective-date filter and before firing).</summary>
    public HashSet<string> Activated { get; } = new(StringComparer.Ordinal);

    public void Attach(ISession session)
    {
        var events = session.Events;
        events.RuleFiringEvent += (_, e) =>
            Firings.Add(new FiringRecord(Firings.Count + 1, e.Rule.Name, [.. e.Facts.Select(f => (f.Declaration.Name, f.Value))]));
        events.FactInsertedEvent += (_, e) =>
        {
            if (e.Fact.Value is not { } value)
            {
                return;
            }

            Facts.Add(value);
            if (e.Fact.Source is ILinkedFactSource linked && Firings.LastOrDefault(f => f.RuleId == linked.Rule.Name) is { } firing)
            {
                firing.Yielded.Add(value);
                _yieldedBy[value] = firing;
            }
        };
        events.FactRetractedEvent += (_, e) =>
        {
            if (e.Fact.Value is { } value && _yieldedBy.ContainsKey(value))
            {
                Withdrawn.Add(value);
            }
        };
        events.ActivationCreatedEvent += (_, e) => Activated.Add(e.Rule.Name);
        if (conditions)
        {
            events.LhsExpressionEvaluatedEvent += (_, e) =>
            {
                if (e.Expression is LambdaExpression lambda)
                {
                    Conditions.Add(new ConditionRecord(
                        [.. e.Rules.Select(r => r.Name)],
                        ConditionText.Key(lambda),
                        e.Result is true,
                        [.. e.Facts.Select(f => f.Value)],
                        e.Exception));
                }
            };
        }
    }

    /// <summary>The condition evaluations of one rule's conditions (a shared condition counts for every rule sharing it).</summary>
    public IEnumerable<ConditionRecord> ConditionsOf(string ruleId) =>
        (_byRule ??= Conditions.SelectMany(c => c.Rules.Select(r => (Rule: r, Record: c))).ToLookup(x => x.Rule, x => x.Record, StringComparer.Ordinal))[ruleId];

    /// <summary>The firing that yielded this fact, or null for an input fact.</summary>
    public FiringRecord? YieldedBy(object fact) => _yieldedBy.GetValueOrDefault(fact);
}
