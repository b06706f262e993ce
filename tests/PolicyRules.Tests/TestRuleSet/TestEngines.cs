using PolicyRules.Engine;

namespace PolicyRules.Tests.TestRuleSet;

/// <summary>Engines over parts of the test rule set, chosen by namespace.</summary>
internal static class TestEngines
{
    private static readonly Lazy<PolicyEngine> ValidEngine = new(() => Create("Valid"));

    public static PolicyEngine Valid => ValidEngine.Value;

    public static PolicyEngine Create(string part, int maxRuleFirings = PolicyEngineOptions.DefaultMaxRuleFirings, PolicyEvaluator evaluator = PolicyEvaluator.Compiled)
    {
        var options = new PolicyEngineOptions
        {
            MaxRuleFirings = maxRuleFirings,
            Evaluator = evaluator,
            RuleTypeFilter = t => t.Namespace == $"PolicyRules.Tests.TestRuleSet.{part}",
        };
        options.AddRuleSet(typeof(TestEngines).Assembly);
        return PolicyEngine.Create(options);
    }
}
