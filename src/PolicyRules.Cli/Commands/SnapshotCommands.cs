using System.CommandLine;
using PolicyRules.Snapshots;

namespace PolicyRules.Cli.Commands;

/// <summary>`policyrules verify` and `policyrules approve`: the reviewer's snapshot workflow.</summary>
internal static class SnapshotCommands
{
    public static Command Verify(CliApp app)
    {
        var paths = CommonOptions.ScenarioPaths();
        var evaluator = CommonOptions.Evaluator();
        var format = CommonOptions.ReportFormat("sarif");
        var rules = CommonOptions.Rules();
        var command = new Command(
            "verify",
            "Evaluate every scenario and compare it with its approved verdict; for each mismatch write .verdict.received.json and print what changed in plain words (outcome, findings by rule ID), then the raw diff.")
        {
            paths, format, rules, evaluator,
        };
        command.SetAction(parse =>
        {
            var selection = app.Select(parse.GetValue(rules), evaluator: CommonOptions.EvaluatorOf(parse, evaluator));
            var scenarios = Discover(selection, parse.GetValue(paths));
            var results = scenarios.Select(s => VerdictSnapshots.Check(selection.Engine, s)).ToList();
            var report = new VerifyReport(results, s => Relative(s.CasePath));
            app.Out.Write(parse.GetValue(format) switch
            {
                "markdown" => report.Markdown(),
                "json" => report.Json(),
                "junit" => report.JUnit(),
                "sarif" => report.Sarif(),
                _ => report.Text(),
            });
            return report.Passed ? ExitCodes.Success : ExitCodes.CheckFailed;
        });
        return command;
    }

    public static Command Approve(CliApp app)
    {
        var paths = CommonOptions.ScenarioPaths();
        var rules = CommonOptions.Rules();
        var command = new Command("approve", "Accept the received verdicts (written by verify) as the approved ones. Nothing else ever approves.") { paths, rules };
        command.SetAction(parse =>
        {
            var selection = app.Select(parse.GetValue(rules));
            var approved = VerdictSnapshots.Approve(Discover(selection, parse.GetValue(paths)));
            foreach (var scenario in approved)
            {
                app.Out.WriteLine($"approved: {Relative(scenario.VerdictPath)}");
            }

            app.Out.WriteLine($"approve: {approved.Count} verdicts approved.");
            return ExitCodes.Success;
        });
        return command;
    }

    internal static IReadOnlyList<Scenario> Discover(RuleSelection selection, string[]? paths, string? root = null) =>
        ScenarioCorpus.Discover(Folders(selection, paths, root), selection.RuleSetOfFolder);

    /// <summary>The paths given, or the Scenarios folders of the chosen rule sets (--rules projects, or the checkout's built-in ones).</summary>
    internal static string[] Folders(RuleSelection selection, string[]? paths, string? root = null)
    {
        if (paths is { Length: > 0 })
        {
            return paths;
        }

        if (selection.Sources.Count > 0)
        {
            var folders = selection.ScenarioFolders(root);
            return folders.Count > 0
                ? [.. folders]
                : throw new UsageException($"no Scenarios folder beside the --rules rule sets ({string.Join(", ", selection.Sources.Select(s => s.Given))}); add <project>/Scenarios or give scenario files or folders.");
        }

        root ??= BuiltInRuleSets.RepositoryRoot(Directory.GetCurrentDirectory())
            ?? throw new UsageException("no scenario paths given and no PolicyRules checkout found above the current folder; give scenario files or folders, or --rules for your own rule set.");
        return [.. selection.ScenarioFolders(root)];
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
