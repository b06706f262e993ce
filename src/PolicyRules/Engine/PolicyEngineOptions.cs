using System.Reflection;

namespace PolicyRules.Engine;

/// <summary>How to build a <see cref="PolicyEngine"/>: which rule sets, and the bounds on each evaluation.</summary>
public sealed class PolicyEngineOptions
{
    /// <summary>The default bound on rule firings per evaluation.</summary>
    public const int DefaultMaxRuleFirings = 10_000;

    /// <summary>Assemblies that hold rule sets (each marked with <see cref="Authoring.PolicyRuleSetAttribute"/>).</summary>
    public IList<Assembly> RuleSetAssemblies { get; } = [];

    /// <summary>Rule-set names to keep; empty keeps every rule set of the assemblies.</summary>
    public ISet<string> OnlyRuleSets { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// The most rule firings one evaluation may take before it stops with an error naming the rule still firing.
    /// NRules has no loop guard of its own.
    /// </summary>
    /// <value>10,000 by default; the built-in rule sets fire well under 200 times per case.</value>
    public int MaxRuleFirings { get; set; } = DefaultMaxRuleFirings;

    /// <summary>
    /// Which evaluator runs <see cref="PolicyEngine.Evaluate(Facts.Case)"/>: the one compiled from the rules' NRules model
    /// (the default), or NRules' Rete network, the reference semantics. Verdicts are the same byte for byte; the compiled
    /// evaluator also refuses, when the engine is built, rules whose negations or aggregates form a cycle.
    /// </summary>
    public PolicyEvaluator Evaluator { get; set; } = PolicyEvaluator.Compiled;

    /// <summary>The default time one evaluation may take.</summary>
    public static readonly TimeSpan DefaultMaxEvaluationTime = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest one evaluation may run; checked between rule firings, so a case past it stops with an error instead of
    /// holding its thread. <see cref="Timeout.InfiniteTimeSpan"/> removes the bound (a cancellation token still stops it).
    /// </summary>
    /// <value>30 seconds by default; the costliest case the default case limits allow takes about 1 s.</value>
    public TimeSpan MaxEvaluationTime { get; set; } = DefaultMaxEvaluationTime;

    /// <summary>Keeps only the rule classes this accepts (for tests and benchmarks that need a subset of a rule set).</summary>
    internal Func<Type, bool>? RuleTypeFilter { get; set; }

    /// <summary>Adds the assembly holding a rule set.</summary>
    public PolicyEngineOptions AddRuleSet(Assembly assembly)
    {
        if (!RuleSetAssemblies.Contains(assembly))
        {
            RuleSetAssemblies.Add(assembly);
        }

        return this;
    }
}

/// <summary>The two ways a <see cref="PolicyEngine"/> can run the same rules (see docs/evaluators.md).</summary>
public enum PolicyEvaluator
{
    /// <summary>Rules compiled from their NRules definitions into stratified, per-case evaluation: no network, no session.</summary>
    Compiled,

    /// <summary>NRules' Rete network, a session per case: the reference semantics, with NRules' events for traces.</summary>
    Rete,
}
