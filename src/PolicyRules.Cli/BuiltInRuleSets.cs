using System.Reflection;
using PolicyRules.Engine;
using PolicyRules.Rules.Interpol;
using PolicyRules.Rules.UsExtradition;
using PolicyRules.Rules.UsImmigration;
using PolicyRules.RuleSets;

namespace PolicyRules.Cli;

/// <summary>The rule sets that ship with PolicyRules, and where their scenarios live in a checkout.</summary>
internal static class BuiltInRuleSets
{
    public static IReadOnlyList<Assembly> Assemblies { get; } =
    [
        InterpolRuleSet.Assembly,
        UsExtraditionRuleSet.Assembly,
        UsImmigrationRuleSet.Assembly,
    ];

    /// <summary>An engine over the built-in rule sets, optionally only some of them, on the given evaluator.</summary>
    public static PolicyEngine CreateEngine(IEnumerable<string>? only = null, PolicyEvaluator evaluator = PolicyEvaluator.Compiled) =>
        CreateEngine(Assemblies, only, evaluator);

    /// <summary>An engine over <paramref name="assemblies"/>, optionally only the rule sets named in <paramref name="only"/>.</summary>
    public static PolicyEngine CreateEngine(IEnumerable<Assembly> assemblies, IEnumerable<string>? only, PolicyEvaluator evaluator = PolicyEvaluator.Compiled)
    {
        var options = new PolicyEngineOptions { Evaluator = evaluator };
        foreach (var assembly in assemblies)
        {
            options.AddRuleSet(assembly);
        }

        foreach (var name in only ?? [])
        {
            options.OnlyRuleSets.Add(name);
        }

        return PolicyEngine.Create(options);
    }

    /// <summary>The repository root: the nearest folder upwards that holds PolicyRules.sln.</summary>
    public static string? RepositoryRoot(string start)
    {
        for (var dir = Path.GetFullPath(start); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "PolicyRules.sln")))
            {
                return dir;
            }
        }

        return null;
    }
}

/// <summary>
/// The rule sets one command evaluates: the built-in ones, or those given with <c>--rules</c>; and where their scenarios are.
/// </summary>
/// <param name="Engine">The engine over the chosen rule sets.</param>
/// <param name="Sources">The rule sets given with <c>--rules</c> (empty: the built-in ones).</param>
internal sealed record RuleSelection(PolicyEngine Engine, IReadOnlyList<RuleSetSource> Sources)
{
    /// <summary>The rule set whose scenarios a folder holds: a folder named after its assembly (rules/PolicyRules.Rules.Interpol) or its project folder.</summary>
    public string? RuleSetOfFolder(string folder) =>
        Engine.RuleSets.FirstOrDefault(rs => rs.Assembly.GetName().Name == folder)?.Name
        ?? Sources.Where(s => s.ProjectFolder is not null && Path.GetFileName(s.ProjectFolder) == folder)
            .Select(s => Engine.RuleSets.FirstOrDefault(rs => rs.Assembly == s.Assembly)?.Name)
            .FirstOrDefault(n => n is not null);

    /// <summary>
    /// The default scenario folders: those of the <c>--rules</c> rule sets (Scenarios/ in each project folder), or, for the
    /// built-in ones, rules/&lt;assembly name&gt;/Scenarios in the checkout at <paramref name="root"/> (found upwards when null).
    /// </summary>
    public IReadOnlyList<string> ScenarioFolders(string? root)
    {
        if (Sources.Count > 0)
        {
            return [.. Sources.Select(s => s.ScenarioFolder).OfType<string>()];
        }

        root ??= BuiltInRuleSets.RepositoryRoot(Directory.GetCurrentDirectory());
        return root is null
            ? []
            : [.. Engine.RuleSets.Select(rs => Path.Combine(root, "rules", rs.Assembly.GetName().Name!, "Scenarios")).Where(Directory.Exists)];
    }

    /// <summary>The coverage-gaps.txt of each chosen rule set's project folder (those that exist are read).</summary>
    public IEnumerable<string> GapFiles(string? root)
    {
        if (Sources.Count > 0)
        {
            return Sources.Select(s => s.ProjectFolder).OfType<string>().Select(f => Path.Combine(f, Snapshots.CoverageGaps.FileName));
        }

        root ??= BuiltInRuleSets.RepositoryRoot(Directory.GetCurrentDirectory());
        return root is null ? [] : Engine.RuleSets.Select(rs => Path.Combine(root, "rules", rs.Assembly.GetName().Name!, Snapshots.CoverageGaps.FileName));
    }

    /// <summary>Where to report names and write docs from: the one --rules project folder, else the checkout.</summary>
    public string? Root(string? root) =>
        Sources.Count > 0 ? Sources.Select(s => s.ProjectFolder).FirstOrDefault(f => f is not null)
            : root ?? BuiltInRuleSets.RepositoryRoot(Directory.GetCurrentDirectory());
}
