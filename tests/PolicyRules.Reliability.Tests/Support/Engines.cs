using PolicyRules.Engine;
using PolicyRules.Rules.Interpol;
using PolicyRules.Rules.UsExtradition;
using PolicyRules.Rules.UsImmigration;

namespace PolicyRules.Reliability.Tests.Support;

/// <summary>Engines shared by the tests: one over the built-in rule sets (compiled once per test run), and parts of the test-only rule set.</summary>
internal static class Engines
{
    private static readonly System.Reflection.Assembly[] BuiltInRuleSets = [InterpolRuleSet.Assembly, UsExtraditionRuleSet.Assembly, UsImmigrationRuleSet.Assembly];

    private static readonly Lazy<PolicyEngine> BuiltInEngine = new(() => PolicyEngine.Create(BuiltInRuleSets));

    /// <summary>The built-in rule sets (INTERPOL, U.S. extradition, U.S. immigration), as the CLI and server build them.</summary>
    public static PolicyEngine BuiltIn => BuiltInEngine.Value;

    /// <summary>A new engine over the built-in rule sets on the given evaluator (not shared; built on every call).</summary>
    public static PolicyEngine BuiltInOn(PolicyEvaluator evaluator, TimeSpan? maxEvaluationTime = null)
    {
        var options = new PolicyEngineOptions { Evaluator = evaluator };
        if (maxEvaluationTime is { } time)
        {
            options.MaxEvaluationTime = time;
        }

        foreach (var assembly in BuiltInRuleSets)
        {
            options.AddRuleSet(assembly);
        }

        return PolicyEngine.Create(options);
    }

    /// <summary>
    /// An engine over one part (namespace) of the reliability test rule set. The parts with looping rules (SelfDefeating,
    /// PingPong, Poisoned) build only on Rete: the compiled evaluator refuses them when the engine is built.
    /// </summary>
    public static PolicyEngine TestPart(string part, int maxRuleFirings = PolicyEngineOptions.DefaultMaxRuleFirings, PolicyEvaluator evaluator = PolicyEvaluator.Rete)
    {
        var options = new PolicyEngineOptions
        {
            MaxRuleFirings = maxRuleFirings,
            Evaluator = evaluator,
            RuleTypeFilter = t => t.Namespace == $"PolicyRules.Reliability.Tests.TestRuleSet.{part}",
        };
        options.AddRuleSet(typeof(Engines).Assembly);
        return PolicyEngine.Create(options);
    }
}
