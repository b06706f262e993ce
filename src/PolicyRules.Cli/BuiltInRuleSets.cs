using System.Reflection;
using PolicyRules.Engine;
using PolicyRules.Rules.Interpol;
using PolicyRules.Rules.UsExtradition;
using PolicyRules.Snapshots;

namespace PolicyRules.Cli;

/// <summary>The rule sets that ship with PolicyRules, and where their scenarios live in a checkout.</summary>
internal static class BuiltInRuleSets
{
    public static IReadOnlyList<Assembly> Assemblies { get; } =
    [
        InterpolRuleSet.Assembly,
        UsExtraditionRuleSet.Assembly,
    ];

    /// <summary>An engine over the built-in rule sets, optionally only some of them, on the given evaluator.</summary>
    public static PolicyEngine CreateEngine(IEnumerable<string>? only = null, PolicyEvaluator evaluator = PolicyEvaluator.Compiled)
    {
        var options = new PolicyEngineOptions { Evaluator = evaluator };
        foreach (var assembly in Assemblies)
        {
            options.AddRuleSet(assembly);
        }

        foreach (var name in only ?? [])
        {
            options.OnlyRuleSets.Add(name);
        }

        return PolicyEngine.Create(options);
    }

    /// <summary>The rule set a project folder holds, e.g. "PolicyRules.Rules.Interpol" to "interpol".</summary>
    public static string? RuleSetOfFolder(PolicyEngine engine, string folder) => Checkout.RuleSetOfFolder(engine, folder);

    /// <summary>The repository root: the nearest folder upwards that holds PolicyRules.sln.</summary>
    public static string? RepositoryRoot(string start) => Checkout.RepositoryRoot(start);

    /// <summary>The scenario folders of the engine's rule sets in a checkout: rules/&lt;assembly name&gt;/Scenarios.</summary>
    public static IReadOnlyList<string> ScenarioFolders(PolicyEngine engine, string root) => Checkout.ScenarioFolders(engine, root);
}
