using System.Collections;
using System.Collections.Concurrent;

namespace PolicyRules.Engine.Compiled;

/// <summary>
/// The fact types the compiled rules match on, by index. A fact of runtime type X joins the list of every pattern type
/// X is assignable to, as NRules' type nodes do.
/// </summary>
internal sealed class FactTypeIndex
{
    private readonly List<Type> _types = [];
    private readonly ConcurrentDictionary<Type, int[]> _byRuntimeType = new();

    public int Count => _types.Count;

    public IReadOnlyList<Type> Types => _types;

    /// <summary>The index of a pattern type; only while rules are being compiled.</summary>
    public int IndexOf(Type type)
    {
        var index = _types.IndexOf(type);
        if (index >= 0)
        {
            return index;
        }

        _types.Add(type);
        return _types.Count - 1;
    }

    /// <summary>The pattern-type lists a fact of this runtime type belongs to.</summary>
    public int[] ListsFor(Type runtimeType) => _byRuntimeType.GetOrAdd(runtimeType, static (t, types) =>
        [.. Enumerable.Range(0, types.Count).Where(i => types[i].IsAssignableFrom(t))], _types);
}

/// <summary>The working memory and counters of one evaluation on the compiled evaluator; used by one thread, once.</summary>
internal sealed class CaseRun
{
    private readonly FactTypeIndex _types;
    private readonly List<object>[] _facts;
    private readonly List<object?>[] _sinks;
    private readonly EvaluationBudget _budget;
    private readonly Facts.Case _case;
    private HashSet<ActivationKey>? _fired;

    public CaseRun(FactTypeIndex types, int sinkCount, EvaluationBudget budget, Facts.Case policyCase)
    {
        _types = types;
        _facts = new List<object>[types.Count];
        for (var i = 0; i < _facts.Length; i++)
        {
            _facts[i] = [];
        }

        _sinks = new List<object?>[sinkCount];
        _budget = budget;
        _case = policyCase;
    }

    public List<Finding> Findings { get; } = [];

    public int Firings { get; private set; }

    public List<object> FactsOfType(int typeIndex) => _facts[typeIndex];

    public List<object?> Sink(int sink) => _sinks[sink];

    /// <summary>Empties the sink an aggregate is about to fill and returns it.</summary>
    public List<object?> OpenSink(int sink)
    {
        var list = _sinks[sink] ??= [];
        list.Clear();
        return list;
    }

    public void Insert(object fact)
    {
        foreach (var list in _types.ListsFor(fact.GetType()))
        {
            _facts[list].Add(fact);
        }

        if (fact is Finding finding)
        {
            Findings.Add(finding);
        }
    }

    public void Fire(CompiledRule rule, object?[] tuple)
    {
        if (rule.Recursive && !(_fired ??= []).Add(ActivationKey.Of(rule, tuple)))
        {
            return;
        }

        if (++Firings % EvaluationBudget.FiringsPerCheck == 0)
        {
            _budget.Check(_case, Firings);
        }

        if (Firings > _budget.MaxRuleFirings)
        {
            throw new PolicyEngineException(
                $"Rule `{rule.Name}` was still firing after {_budget.MaxRuleFirings} rule firings on case '{Cases.Echo.Of(_case.Scenario ?? "unnamed")}'; " +
                "the rules loop (a rule that negates the fact type it yields never stops). Fix the rule, or raise the bound if the case is truly that large.")
            { RuleId = rule.Name };
        }

        foreach (var yield in rule.Yields)
        {
            var fact = yield(rule.Context, tuple) ?? throw new InvalidOperationException("the rule yielded null");
            Insert(fact);
        }
    }

    /// <summary>
    /// Which activation of a recursive rule a tuple is: its top-level values, facts by reference and computed values
    /// (collections element by element) by content, so a pass that recomputes an aggregate does not fire the rule again.
    /// </summary>
    private readonly struct ActivationKey(CompiledRule rule, object?[] values) : IEquatable<ActivationKey>
    {
        public static ActivationKey Of(CompiledRule rule, object?[] tuple) =>
            new(rule, [.. rule.ActivationSlots.Select(s => tuple[s])]);

        public bool Equals(ActivationKey other)
        {
            if (!ReferenceEquals(rule, other.Rule))
            {
                return false;
            }

            for (var i = 0; i < values.Length; i++)
            {
                if (!Same(values[i], other.Values[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is ActivationKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(rule);
            foreach (var value in values)
            {
                hash.Add(value is IList list ? list.Count : value is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value));
            }

            return hash.ToHashCode();
        }

        private CompiledRule Rule => rule;

        private object?[] Values => values;

        private static bool Same(object? a, object? b)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            if (a is IList x && b is IList y && x.Count == y.Count)
            {
                for (var i = 0; i < x.Count; i++)
                {
                    if (!ReferenceEquals(x[i], y[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            return false;
        }
    }
}
