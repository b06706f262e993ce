using System.Text;
using PolicyRules.Cases;
using PolicyRules.Engine;

namespace PolicyRules.Snapshots;

/// <summary>
/// Every file generated from the rules, the fact model and the scenario corpus, in one place: the rule pages, registries and
/// coverage page under <c>docs/rules/</c>, the case schema and the case vocabulary. <c>policyrules regen</c> writes them,
/// <c>regen --check</c> and the test suite compare them; nothing else writes generated documentation.
/// </summary>
public static class GeneratedFiles
{
    /// <summary>Every generated file, keyed by repository-relative path.</summary>
    public static SortedDictionary<string, string> All(PolicyEngine engine, CoverageReport coverage)
    {
        var files = RuleDocs.Pages(engine, coverage);
        files[CaseDocumentation.SchemaPath] = CaseDocumentation.Schema();
        files[CaseDocumentation.VocabularyPath] = CaseDocumentation.Vocabulary();
        return files;
    }

    /// <summary>The generated files that differ from <paramref name="pages"/>: changed, missing, or a rule page whose rule no longer exists.</summary>
    public static IReadOnlyList<string> Stale(string root, IReadOnlyDictionary<string, string> pages)
    {
        var stale = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (path, content) in pages)
        {
            var file = Path.Combine(root, path);
            if (!File.Exists(file))
            {
                stale.Add($"{path} (missing)");
            }
            else if (File.ReadAllText(file) != content)
            {
                stale.Add($"{path} (out of date)");
            }
        }

        foreach (var path in Existing(root).Where(p => !pages.ContainsKey(p)))
        {
            stale.Add($"{path} (rule no longer exists)");
        }

        return [.. stale];
    }

    /// <summary>Writes the files and deletes the rule pages of rules that no longer exist; returns the files touched.</summary>
    public static IReadOnlyList<string> Write(string root, IReadOnlyDictionary<string, string> pages)
    {
        var touched = Stale(root, pages);
        Directory.CreateDirectory(Path.Combine(root, RuleDocs.Folder));
        foreach (var path in Existing(root).Where(p => !pages.ContainsKey(p)))
        {
            File.Delete(Path.Combine(root, path));
        }

        foreach (var (path, content) in pages)
        {
            var file = Path.Combine(root, path);
            if (!File.Exists(file) || File.ReadAllText(file) != content)
            {
                File.WriteAllText(file, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
        }

        return touched;
    }

    private static IEnumerable<string> Existing(string root)
    {
        var folder = Path.Combine(root, RuleDocs.Folder);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md").Select(f => $"{RuleDocs.Folder}/{Path.GetFileName(f)}")
            : [];
    }
}
