using System.Reflection;
using PolicyRules.Cases;
using PolicyRules.Decisions;
using PolicyRules.Engine;

namespace PolicyRules.DependencyInjection;

/// <summary>What <c>services.AddPolicyRules(...)</c> builds: the rule sets, the bounds on each evaluation, tracing and the decision log.</summary>
public sealed class PolicyRulesOptions
{
    private readonly List<Assembly> _ruleSets = [];
    private readonly HashSet<string> _only = new(StringComparer.Ordinal);

    /// <summary>The assemblies holding the rule sets to load, in the order added.</summary>
    public IReadOnlyList<Assembly> RuleSetAssemblies => _ruleSets;

    /// <summary>The rule-set names to keep; empty keeps every rule set added.</summary>
    public IReadOnlyCollection<string> OnlyRuleSets => _only;

    /// <summary>The most rule firings one evaluation may take before it stops with an error naming the rule still firing.</summary>
    /// <value><see cref="PolicyEngineOptions.DefaultMaxRuleFirings"/> (10,000) by default.</value>
    public int MaxRuleFirings { get; set; } = PolicyEngineOptions.DefaultMaxRuleFirings;

    /// <summary>Which evaluator runs the rules; see <see cref="PolicyEngineOptions.Evaluator"/>.</summary>
    /// <value><see cref="PolicyEvaluator.Compiled"/> by default.</value>
    public PolicyEvaluator Evaluator { get; set; } = PolicyEvaluator.Compiled;

    /// <summary>The longest one evaluation may run before it stops with an error (checked between rule firings).</summary>
    /// <value><see cref="PolicyEngineOptions.DefaultMaxEvaluationTime"/> (30 s) by default.</value>
    public TimeSpan MaxEvaluationTime { get; set; } = PolicyEngineOptions.DefaultMaxEvaluationTime;

    /// <summary>Bounds on the size of one case read from JSON.</summary>
    /// <value><see cref="CaseLimits.Default"/> (1 MiB, 200 list items, depth 32) by default.</value>
    public CaseLimits CaseLimits { get; set; } = CaseLimits.Default;

    /// <summary>How much an explanation records about each evaluation.</summary>
    /// <value><see cref="PolicyTraceLevel.Rules"/> by default.</value>
    public PolicyTraceLevel TraceLevel { get; set; } = PolicyTraceLevel.Rules;

    /// <summary>Where to append a JSON Lines decision record per evaluation; null writes no decision log.</summary>
    /// <value>Null by default.</value>
    public string? DecisionLogPath { get; set; }

    /// <summary>How decision records are written, when <see cref="DecisionLogPath"/> is set.</summary>
    public DecisionLogOptions DecisionLog { get; } = new();

    /// <summary>Adds the assembly holding a rule set, e.g. <c>InterpolRuleSet.Assembly</c> or one of your own.</summary>
    public PolicyRulesOptions AddRuleSet(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        if (!_ruleSets.Contains(assembly))
        {
            _ruleSets.Add(assembly);
        }

        return this;
    }

    /// <summary>Keeps only the named rule sets (e.g. "interpol") of the assemblies added; may be called more than once.</summary>
    public PolicyRulesOptions UseOnly(params string[] ruleSets)
    {
        foreach (var name in ruleSets)
        {
            _only.Add(name);
        }

        return this;
    }

    /// <summary>The engine options these stand for.</summary>
    public PolicyEngineOptions ToEngineOptions()
    {
        var options = new PolicyEngineOptions { MaxRuleFirings = MaxRuleFirings, MaxEvaluationTime = MaxEvaluationTime, Evaluator = Evaluator };
        foreach (var assembly in _ruleSets)
        {
            options.AddRuleSet(assembly);
        }

        foreach (var name in _only)
        {
            options.OnlyRuleSets.Add(name);
        }

        return options;
    }
}
