namespace PolicyRules.Snapshots;

/// <summary>Finds canonical scenarios under files and folders.</summary>
public static class ScenarioCorpus
{
    /// <summary>
    /// Every <c>*.case.json</c> under <paramref name="paths"/> (files or folders), in ordinal path order. The rule set a
    /// scenario pins is named by <paramref name="ruleSetOfFolder"/> from the project folder it lives in.
    /// </summary>
    /// <exception cref="FileNotFoundException">A path does not exist.</exception>
    public static IReadOnlyList<Scenario> Discover(IEnumerable<string> paths, Func<string, string?> ruleSetOfFolder)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (!path.EndsWith(Scenario.CaseSuffix, StringComparison.Ordinal))
                {
                    throw new FileNotFoundException($"`{path}` is not a scenario; scenario files end in {Scenario.CaseSuffix}.", path);
                }

                files.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*" + Scenario.CaseSuffix, SearchOption.AllDirectories))
                {
                    files.Add(Path.GetFullPath(file));
                }
            }
            else
            {
                throw new FileNotFoundException($"`{path}` does not exist; give a scenario file or a folder of scenarios.", path);
            }
        }

        return [.. files.Select(f => new Scenario(f, RuleSetOf(f, ruleSetOfFolder)))];
    }

    private static string? RuleSetOf(string casePath, Func<string, string?> ruleSetOfFolder)
    {
        for (var dir = Path.GetDirectoryName(casePath); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (ruleSetOfFolder(Path.GetFileName(dir)) is { } ruleSet)
            {
                return ruleSet;
            }
        }

        return null;
    }
}
