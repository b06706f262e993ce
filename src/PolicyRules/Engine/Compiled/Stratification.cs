using System.Collections.Immutable;

namespace PolicyRules.Engine.Compiled;

/// <summary>
/// Orders compiled rules so that each runs after every rule whose yields it reads, and a rule that negates or aggregates a
/// fact type runs after every rule that yields that type. Rules that read each other's yields only positively form one
/// group evaluated to a fixpoint. A cycle through a negation or an aggregate (the truth-maintenance loop that makes
/// NRules' Fire() run away) has no such order, and the engine refuses it when it is built.
/// </summary>
internal static class Stratification
{
    /// <summary>One dependency: <paramref name="From"/> yields a type that <paramref name="To"/> reads.</summary>
    public readonly record struct Edge(CompiledRule From, CompiledRule To, FactRead Read);

    /// <summary>The rules grouped and ordered for evaluation; strata are set on the rules.</summary>
    /// <exception cref="PolicyEngineException">The rules have a cycle through a negation or an aggregate.</exception>
    public static ImmutableArray<ImmutableArray<CompiledRule>> Order(IReadOnlyList<CompiledRule> rules)
    {
        var edges = Edges(rules);
        var outgoing = rules.ToDictionary(r => r, _ => new List<Edge>());
        foreach (var edge in edges)
        {
            outgoing[edge.From].Add(edge);
        }

        var groups = StronglyConnected(rules, outgoing);
        var groupOf = new Dictionary<CompiledRule, int>();
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var rule in groups[g])
            {
                groupOf[rule] = g;
            }
        }

        foreach (var group in groups)
        {
            var inside = edges.Where(e => groupOf[e.From] == groupOf[group[0]] && groupOf[e.To] == groupOf[group[0]]).ToList();
            var negatives = inside.Where(e => e.Read.Negative).OrderBy(e => e.From.Name, StringComparer.Ordinal).ThenBy(e => e.To.Name, StringComparer.Ordinal);
            if (negatives.FirstOrDefault() is { From: not null } negative)
            {
                throw NegativeCycle(negative, inside);
            }

            var recursive = inside.Count > 0;
            foreach (var rule in group)
            {
                rule.Recursive = recursive;
            }
        }

        return TopologicalOrder(rules, groups, groupOf, edges);
    }

    /// <summary>Every producer-to-reader dependency between the rules.</summary>
    public static List<Edge> Edges(IReadOnlyList<CompiledRule> rules)
    {
        var edges = new List<Edge>();
        var seen = new HashSet<(CompiledRule, CompiledRule, bool)>();
        foreach (var reader in rules)
        {
            foreach (var read in reader.Reads)
            {
                foreach (var producer in rules)
                {
                    if (producer.YieldTypes.Any(y => CanMeet(y, read)) && seen.Add((producer, reader, read.Negative)))
                    {
                        edges.Add(new Edge(producer, reader, read));
                    }
                }
            }
        }

        return edges;
    }

    /// <summary>
    /// Whether a yielded fact can meet a pattern: by type, and for findings also by the pattern's conditions on the rule
    /// ID, rule set and effect, which are fixed for each yield (a guard that negates deny findings does not depend on a
    /// rule that only yields reviews).
    /// </summary>
    private static bool CanMeet(FactYield yield, FactRead read)
    {
        if (!read.Type.IsAssignableFrom(yield.Type) && !yield.Type.IsAssignableFrom(read.Type))
        {
            return false;
        }

        if (yield.Signature is null || read.Probe is null)
        {
            return true;
        }

        object?[] tuple = [yield.Signature];
        try
        {
            return read.Probe.All(condition => condition(tuple));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A condition that cannot judge the signature alone keeps the dependency: the order stays safe.
            return true;
        }
    }

    private static PolicyEngineException NegativeCycle(Edge negative, List<Edge> inside)
    {
        // The cycle: the producer, the rule that negates its yield, and the way back from that rule to the producer.
        var path = PathBack(negative.To, negative.From, inside);
        var names = new List<string> { negative.From.Name };
        names.AddRange(path.Select(r => r.Name));
        var cycle = string.Join(" -> ", names.Select(n => $"`{n}`"));
        var consequence = negative.From == negative.To
            ? "so it undoes its own conclusion (NRules would keep firing it)"
            : "so neither can be settled before the other (NRules would keep firing them)";
        return new PolicyEngineException(
            $"Rules on a negative cycle: {cycle}. Rule `{negative.To.Name}` {negative.Read.How} {negative.Read.Type.Name}, which `{negative.From.Name}` yields, " +
            $"{consequence}. Break the cycle: negate or aggregate only facts the rule does not itself lead to.")
        { RuleId = negative.To.Name };
    }

    /// <summary>The shortest path of rules from <paramref name="start"/> to <paramref name="goal"/> along the given edges (start included).</summary>
    private static List<CompiledRule> PathBack(CompiledRule start, CompiledRule goal, List<Edge> edges)
    {
        var previous = new Dictionary<CompiledRule, CompiledRule?> { [start] = null };
        var queue = new Queue<CompiledRule>([start]);
        while (queue.Count > 0 && !previous.ContainsKey(goal))
        {
            var rule = queue.Dequeue();
            foreach (var edge in edges.Where(e => e.From == rule && !previous.ContainsKey(e.To)))
            {
                previous[edge.To] = rule;
                queue.Enqueue(edge.To);
            }
        }

        var path = new List<CompiledRule>();
        for (CompiledRule? at = previous.ContainsKey(goal) ? goal : start; at is not null; at = previous[at])
        {
            path.Add(at);
        }

        path.Reverse();
        return path;
    }

    /// <summary>Tarjan's strongly connected components, in rule order.</summary>
    private static List<List<CompiledRule>> StronglyConnected(IReadOnlyList<CompiledRule> rules, Dictionary<CompiledRule, List<Edge>> outgoing)
    {
        var index = new Dictionary<CompiledRule, int>();
        var low = new Dictionary<CompiledRule, int>();
        var stack = new Stack<CompiledRule>();
        var onStack = new HashSet<CompiledRule>();
        var groups = new List<List<CompiledRule>>();

        void Visit(CompiledRule rule)
        {
            index[rule] = low[rule] = index.Count;
            stack.Push(rule);
            onStack.Add(rule);
            foreach (var edge in outgoing[rule])
            {
                if (!index.ContainsKey(edge.To))
                {
                    Visit(edge.To);
                    low[rule] = Math.Min(low[rule], low[edge.To]);
                }
                else if (onStack.Contains(edge.To))
                {
                    low[rule] = Math.Min(low[rule], index[edge.To]);
                }
            }

            if (low[rule] == index[rule])
            {
                var group = new List<CompiledRule>();
                CompiledRule member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    group.Add(member);
                }
                while (member != rule);

                groups.Add(group);
            }
        }

        foreach (var rule in rules)
        {
            if (!index.ContainsKey(rule))
            {
                Visit(rule);
            }
        }

        return groups;
    }

    /// <summary>
    /// Groups in an order that respects every dependency; among groups that are ready, the one with the highest priority
    /// first (as NRules' agenda would), then rule order. Sets each rule's stratum: one more than the highest stratum it
    /// negates or aggregates, at least that of any rule it reads positively.
    /// </summary>
    private static ImmutableArray<ImmutableArray<CompiledRule>> TopologicalOrder(
        IReadOnlyList<CompiledRule> rules, List<List<CompiledRule>> groups, Dictionary<CompiledRule, int> groupOf, List<Edge> edges)
    {
        var position = rules.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i);
        var between = edges.Where(e => groupOf[e.From] != groupOf[e.To]).ToList();
        var waiting = new int[groups.Count];
        foreach (var edge in between.DistinctBy(e => (groupOf[e.From], groupOf[e.To])))
        {
            waiting[groupOf[edge.To]]++;
        }

        var ready = new PriorityQueue<int, (int, int)>();
        for (var g = 0; g < groups.Count; g++)
        {
            if (waiting[g] == 0)
            {
                ready.Enqueue(g, Rank(groups[g], position));
            }
        }

        var ordered = ImmutableArray.CreateBuilder<ImmutableArray<CompiledRule>>(groups.Count);
        while (ready.TryDequeue(out var g, out _))
        {
            var group = groups[g].OrderBy(r => position[r]).ToImmutableArray();
            var stratum = between.Where(e => groupOf[e.To] == g).Select(e => e.From.Stratum + (e.Read.Negative ? 1 : 0)).DefaultIfEmpty(0).Max();
            foreach (var rule in group)
            {
                rule.Stratum = stratum;
            }

            ordered.Add(group);
            foreach (var next in between.Where(e => groupOf[e.From] == g).Select(e => groupOf[e.To]).Distinct())
            {
                if (--waiting[next] == 0)
                {
                    ready.Enqueue(next, Rank(groups[next], position));
                }
            }
        }

        return ordered.MoveToImmutable();
    }

    private static (int, int) Rank(List<CompiledRule> group, Dictionary<CompiledRule, int> position) =>
        (-group.Max(r => r.Definition.Priority), group.Min(r => position[r]));
}
