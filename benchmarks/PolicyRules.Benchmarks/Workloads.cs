using System.Reflection;
using PolicyRules.Cases;
using PolicyRules.Engine;
using PolicyRules.Facts;
using PolicyRules.Generation;
using PolicyRules.Rules.Interpol;
using PolicyRules.Rules.UsExtradition;
using PolicyRules.Rules.UsImmigration;

namespace PolicyRules.Benchmarks;

/// <summary>The inputs every benchmark shares: the built-in rule sets, the canonical scenarios, fixed generated cases.</summary>
internal static class Workloads
{
    /// <summary>The seed of every generated workload, so each run measures the same cases.</summary>
    public const int Seed = 20260101;

    public static Assembly[] BuiltInRuleSets { get; } = [InterpolRuleSet.Assembly, UsExtraditionRuleSet.Assembly, UsImmigrationRuleSet.Assembly];

    public static PolicyEngine BuiltInEngine(PolicyEvaluator evaluator = PolicyEvaluator.Compiled) => PolicyEngine.Create(Options(evaluator, BuiltInRuleSets));

    /// <summary>Engine options over the given rule-set assemblies on the given evaluator.</summary>
    public static PolicyEngineOptions Options(PolicyEvaluator evaluator, params Assembly[] ruleSets)
    {
        var options = new PolicyEngineOptions { Evaluator = evaluator };
        foreach (var assembly in ruleSets)
        {
            options.AddRuleSet(assembly);
        }

        return options;
    }

    /// <summary>How many rules the built-in sets hold now; the synthetic sets are multiples of it.</summary>
    public static int BuiltInRuleCount { get; } = BuiltInEngine().Rules.Length;

    /// <summary>The unit of the synthetic rule-set sizes (1x): the built-in rule count, or 4 in the smoke test.</summary>
    public static int SyntheticUnit => SuiteJobs.Smoke ? 4 : BuiltInRuleCount;

    /// <summary>Every canonical scenario case under rules/*/Scenarios, read with the case reader, in file-name order.</summary>
    public static IReadOnlyList<Case> Scenarios()
    {
        var root = RepositoryRoot();
        var files = Directory.EnumerateDirectories(Path.Combine(root, "rules"))
            .Select(d => Path.Combine(d, "Scenarios"))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.case.json", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"No scenario files under {root}/rules/*/Scenarios.");
        }

        return [.. files.Select(f => CaseReader.ReadFile(f))];
    }

    public static Case[] Generated(int count, CaseGeneratorOptions? options = null) =>
        [.. CaseGenerator.Stream(count, Seed, options)];

    public static string RepositoryRoot()
    {
        var stamped = typeof(Workloads).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        foreach (var start in new[] { stamped, Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "PolicyRules.sln")))
                {
                    return dir;
                }
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (the folder with PolicyRules.sln).");
    }
}
