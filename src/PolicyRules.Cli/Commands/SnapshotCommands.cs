using System.CommandLine;
using PolicyRules.Engine;
using PolicyRules.Snapshots;

namespace PolicyRules.Cli.Commands;

/// <summary>`policyrules verify` and `policyrules approve`: the reviewer's snapshot workflow.</summary>
internal static class SnapshotCommands
{
    public static Command Verify(CliApp app)
    {
        var paths = CommonOptions.ScenarioPaths();
        var evaluator = CommonOptions.Evaluator();
        var format = CommonOptions.ReportFormat();
        var command = new Command(
            "verify",
            "Evaluate every scenario and compare it with its approved verdict; for each mismatch write .verdict.received.json and print what changed in plain words (outcome, findings by rule ID), then the raw diff.")
        {
            paths, format, evaluator,
        };
        command.SetAction(parse =>
        {
            var engine = app.CreateEngine(evaluator: CommonOptions.EvaluatorOf(parse, evaluator));
            var scenarios = Discover(engine, parse.GetValue(paths));
            var results = scenarios.Select(s => VerdictSnapshots.Check(engine, s)).ToList();
            var report = new VerifyReport(results, s => Relative(s.CasePath));
            app.Out.Write(parse.GetValue(format) switch
            {
                "markdown" => report.Markdown(),
                "json" => report.Json(),
                "junit" => report.JUnit(),
                _ => report.Text(),
            });
            return report.Passed ? ExitCodes.Success : ExitCodes.CheckFailed;
        });
        return command;
    }

    public static Command Approve(CliApp app)
    {
        var paths = CommonOptions.ScenarioPaths();
        var command = new Command("approve", "Accept the received verdicts (written by verify) as the approved ones. Nothing else ever approves.") { paths };
        command.SetAction(parse =>
        {
            var engine = app.CreateEngine();
            var approved = VerdictSnapshots.Approve(Discover(engine, parse.GetValue(paths)));
            foreach (var scenario in approved)
            {
                app.Out.WriteLine($"approved: {Relative(scenario.VerdictPath)}");
            }

            app.Out.WriteLine($"approve: {approved.Count} verdicts approved.");
            return ExitCodes.Success;
        });
        return command;
    }

    internal static IReadOnlyList<Scenario> Discover(PolicyEngine engine, string[]? paths, string? root = null) =>
        ScenarioCorpus.Discover(Folders(engine, paths, root), folder => BuiltInRuleSets.RuleSetOfFolder(engine, folder));

    /// <summary>The paths given, or the Scenarios folders of the engine's rule sets in this checkout.</summary>
    internal static string[] Folders(PolicyEngine engine, string[]? paths, string? root = null)
    {
        if (paths is { Length: > 0 })
        {
            return paths;
        }

        root ??= BuiltInRuleSets.RepositoryRoot(Directory.GetCurrentDirectory())
            ?? throw new UsageException("no scenario paths given and no PolicyRules checkout found above the current folder; give scenario files or folders.");
        return [.. BuiltInRuleSets.ScenarioFolders(engine, root)];
    }

    /// <summary>A scenario's display name: its case path relative to the checkout root (or the current folder), without the suffix.</summary>
    internal static string ScenarioName(Scenario scenario, string? root = null)
    {
        root ??= BuiltInRuleSets.RepositoryRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        var relative = Path.GetRelativePath(root, scenario.CasePath).Replace('\\', '/');
        return relative[..^Scenario.CaseSuffix.Length];
    }

    internal static string Relative(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
}
