using PolicyRules.Engine;

namespace PolicyRules.Snapshots;

/// <summary>
/// Where a PolicyRules checkout keeps its scenarios: the root is the nearest folder upwards that holds PolicyRules.sln, and
/// each rule set's scenarios live in rules/&lt;rule-set assembly name&gt;/Scenarios. Shared by the CLI's snapshot commands and
/// the server's workbench, so both find the same corpus under the same names.
/// </summary>
public static class Checkout
{
    /// <summary>The repository root: the nearest folder upwards from <paramref name="start"/> that holds PolicyRules.sln.</summary>
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

    /// <summary>The rule set a project folder holds, e.g. "PolicyRules.Rules.Interpol" to "interpol".</summary>
    public static string? RuleSetOfFolder(PolicyEngine engine, string folder) =>
        engine.RuleSets.FirstOrDefault(rs => rs.Assembly.GetName().Name == folder)?.Name;

    /// <summary>The scenario folders of the engine's rule sets under <paramref name="root"/>: rules/&lt;assembly name&gt;/Scenarios.</summary>
    public static IReadOnlyList<string> ScenarioFolders(PolicyEngine engine, string root) =>
        [.. engine.RuleSets.Select(rs => Path.Combine(root, "rules", rs.Assembly.GetName().Name!, "Scenarios")).Where(Directory.Exists)];

    /// <summary>Every scenario of the engine's rule sets under <paramref name="root"/>, in ordinal path order.</summary>
    public static IReadOnlyList<Scenario> Scenarios(PolicyEngine engine, string root) =>
        ScenarioCorpus.Discover(ScenarioFolders(engine, root), folder => RuleSetOfFolder(engine, folder));

    /// <summary>A scenario's display name: its case path relative to <paramref name="root"/>, with '/' and without the suffix.</summary>
    public static string ScenarioName(Scenario scenario, string root)
    {
        var relative = Path.GetRelativePath(root, scenario.CasePath).Replace('\\', '/');
        return relative[..^Scenario.CaseSuffix.Length];
    }
}
