using System.Collections.Immutable;
using NRules.RuleModel;
using PolicyRules.Facts;

namespace PolicyRules.Engine.Compiled;

/// <summary>
/// Evaluates cases with rules compiled from their NRules definitions: no network, no session; per-type fact lists and
/// compiled condition delegates, rule groups run in stratified order, each to its fixpoint. Gives the final working
/// memory NRules reaches (the stratified model of the rules), so verdicts are the same; differential tests hold it to that.
/// </summary>
internal sealed class CompiledEvaluator
{
    private readonly FactTypeIndex _types;
    private readonly int _sinkCount;

    private CompiledEvaluator(FactTypeIndex types, int sinkCount, ImmutableArray<ImmutableArray<CompiledRule>> groups)
    {
        _types = types;
        _sinkCount = sinkCount;
        Groups = groups;
    }

    /// <summary>The rule groups in evaluation order; a group of more than one rule (or a rule reading its own yields) runs to a fixpoint.</summary>
    public ImmutableArray<ImmutableArray<CompiledRule>> Groups { get; }

    /// <summary>Compiles the rules and orders them; refuses unsupported shapes and negative cycles, naming the rules.</summary>
    /// <exception cref="PolicyEngineException">A rule cannot be compiled, or rules form a negative cycle.</exception>
    public static CompiledEvaluator Build(IEnumerable<(IRuleDefinition Definition, RuleInfo Info)> rules)
    {
        var types = new FactTypeIndex();
        var compiler = new RuleModelCompiler(types);
        var compiled = rules.Select(r => compiler.Compile(r.Definition, r.Info)).ToList();
        return new CompiledEvaluator(types, compiler.SinkCount, Stratification.Order(compiled));
    }

    /// <summary>Runs the rules that apply on the case's date over its facts; returns the findings of the final working memory.</summary>
    public List<Finding> Evaluate(Case policyCase, List<object> facts, EvaluationBudget budget)
    {
        var run = new CaseRun(_types, _sinkCount, budget, policyCase);
        foreach (var fact in facts)
        {
            run.Insert(fact);
        }

        var asOf = policyCase.AsOf;
        foreach (var group in Groups)
        {
            if (group[0].Recursive)
            {
                int before;
                do
                {
                    before = run.Firings;
                    foreach (var rule in group)
                    {
                        RunRule(rule, run, asOf, policyCase);
                    }
                }
                while (run.Firings > before);
            }
            else
            {
                foreach (var rule in group)
                {
                    RunRule(rule, run, asOf, policyCase);
                }
            }
        }

        return run.Findings;
    }

    private static void RunRule(CompiledRule rule, CaseRun run, DateOnly asOf, Case policyCase)
    {
        if (!rule.Info.AppliesOn(asOf))
        {
            return;
        }

        try
        {
            rule.Entry.Run(run, new object?[rule.SlotCount]);
        }
        catch (Exception e) when (e is not PolicyEngineException and not OperationCanceledException)
        {
            throw PolicyEngine.RuleFailed(rule.Name, policyCase, e);
        }
    }
}
