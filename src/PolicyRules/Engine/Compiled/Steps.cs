using System.Collections;

namespace PolicyRules.Engine.Compiled;

/// <summary>
/// One step of a compiled left-hand side. A rule's conditions become a chain of steps over one tuple (one slot per
/// declaration); each step binds or tests slots and hands the tuple to the next. <see cref="Run"/> returns true to stop
/// the search (a negated or existential group stops at its first match), false to go on.
/// </summary>
internal abstract class Step
{
    public Step Next { get; set; } = null!;

    public abstract bool Run(CaseRun run, object?[] tuple);

    protected static bool Holds(Func<object?[], bool>[] conditions, object?[] tuple)
    {
        foreach (var condition in conditions)
        {
            if (!condition(tuple))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A pattern over the case's working memory: every fact of the pattern's type that meets its conditions.</summary>
internal sealed class FactPatternStep(int typeIndex, int slot, Func<object?[], bool>[] conditions) : Step
{
    public override bool Run(CaseRun run, object?[] tuple)
    {
        var facts = run.FactsOfType(typeIndex);

        // Facts this rule yields while it runs are seen on the next pass of its group, not in this loop.
        var count = facts.Count;
        for (var i = 0; i < count; i++)
        {
            tuple[slot] = facts[i];
            if (Holds(conditions, tuple) && Next.Run(run, tuple))
            {
                tuple[slot] = null;
                return true;
            }
        }

        tuple[slot] = null;
        return false;
    }
}

/// <summary>A pattern over values its source computes for the current tuple (an aggregate or a binding).</summary>
internal sealed class SourcePatternStep(ValueSource source, int slot, Func<object?[], bool>[] conditions) : Step
{
    public override bool Run(CaseRun run, object?[] tuple)
    {
        var values = source.Values(run, tuple);
        for (var i = 0; i < values.Count; i++)
        {
            tuple[slot] = values[i];
            if (Holds(conditions, tuple) && Next.Run(run, tuple))
            {
                tuple[slot] = null;
                return true;
            }
        }

        tuple[slot] = null;
        return false;
    }
}

/// <summary>`Not`: goes on only when the inner group has no match.</summary>
internal sealed class NotStep(Step inner) : Step
{
    public override bool Run(CaseRun run, object?[] tuple) => !inner.Run(run, tuple) && Next.Run(run, tuple);
}

/// <summary>`Exists`: goes on once when the inner group has at least one match.</summary>
internal sealed class ExistsStep(Step inner) : Step
{
    public override bool Run(CaseRun run, object?[] tuple) => inner.Run(run, tuple) && Next.Run(run, tuple);
}

/// <summary>`All`: every fact that meets the base pattern also meets each further pattern (NRules: not(base and not(patterns))).</summary>
internal sealed class ForAllStep(Step baseGroup) : Step
{
    public override bool Run(CaseRun run, object?[] tuple) => !baseGroup.Run(run, tuple) && Next.Run(run, tuple);
}

/// <summary>Inside `All`: the fact bound to the base slot fails one of the further patterns.</summary>
internal sealed class ForAllCounterexampleStep(int baseSlot, (Type Type, int Slot, Func<object?[], bool>[] Conditions)[] patterns) : Step
{
    public override bool Run(CaseRun run, object?[] tuple)
    {
        var fact = tuple[baseSlot];
        foreach (var (type, slot, conditions) in patterns)
        {
            tuple[slot] = fact;
            var meets = type.IsInstanceOfType(fact) && Holds(conditions, tuple);
            tuple[slot] = null;
            if (!meets)
            {
                return Next.Run(run, tuple);
            }
        }

        return false;
    }
}

/// <summary>The end of a negated or existential group: a match was found, stop searching.</summary>
internal sealed class FoundStep : Step
{
    public static readonly FoundStep Instance = new();

    public override bool Run(CaseRun run, object?[] tuple) => true;
}

/// <summary>The end of a rule's conditions: the tuple is a match, so the rule fires.</summary>
internal sealed class FireStep(CompiledRule rule) : Step
{
    public override bool Run(CaseRun run, object?[] tuple)
    {
        run.Fire(rule, tuple);
        return false;
    }
}

/// <summary>The end of an aggregate's source: adds the bound value to the aggregate being computed.</summary>
internal sealed class SinkStep(int slot, int sink) : Step
{
    public override bool Run(CaseRun run, object?[] tuple)
    {
        run.Sink(sink).Add(tuple[slot]);
        return false;
    }
}

/// <summary>Computes the values a pattern ranges over when it has a source (NRules' aggregates and bindings).</summary>
internal abstract class ValueSource
{
    public abstract IReadOnlyList<object?> Values(CaseRun run, object?[] tuple);
}

/// <summary>`Collect`: one value, the collection of every source match in working-memory order (empty when none).</summary>
internal sealed class CollectSource(Step source, int sink, Func<IList> newCollection) : ValueSource
{
    public override IReadOnlyList<object?> Values(CaseRun run, object?[] tuple)
    {
        var matches = run.OpenSink(sink);
        source.Run(run, tuple);
        var collection = newCollection();
        foreach (var match in matches)
        {
            collection.Add(match);
        }

        return [collection];
    }
}

/// <summary>`Select`: one value per source match.</summary>
internal sealed class ProjectSource(Step source, int sink, int sourceSlot, Func<object?[], object?> selector) : ValueSource
{
    public override IReadOnlyList<object?> Values(CaseRun run, object?[] tuple)
    {
        var matches = run.OpenSink(sink);
        source.Run(run, tuple);
        var values = new List<object?>(matches.Count);
        foreach (var match in matches)
        {
            tuple[sourceSlot] = match;
            values.Add(selector(tuple));
        }

        tuple[sourceSlot] = null;
        return values;
    }
}

/// <summary>`SelectMany`: the items of every source match, each item once (by reference, as NRules' fact identity has it).</summary>
internal sealed class FlattenSource(Step source, int sink, int sourceSlot, Func<object?[], object?> selector) : ValueSource
{
    public override IReadOnlyList<object?> Values(CaseRun run, object?[] tuple)
    {
        var matches = run.OpenSink(sink);
        source.Run(run, tuple);
        var values = new List<object?>();
        foreach (var match in matches)
        {
            tuple[sourceSlot] = match;
            foreach (var item in (IEnumerable)selector(tuple)!)
            {
                if (!values.Exists(v => ReferenceEquals(v, item)))
                {
                    values.Add(item);
                }
            }
        }

        tuple[sourceSlot] = null;
        return values;
    }
}

/// <summary>A binding (`From`, `Let`): one computed value.</summary>
internal sealed class BindingSource(Func<object?[], object?> value) : ValueSource
{
    public override IReadOnlyList<object?> Values(CaseRun run, object?[] tuple) => [value(tuple)];
}
