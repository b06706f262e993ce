using System.CommandLine;
using PolicyRules.Snapshots;

namespace PolicyRules.Cli.Commands;

/// <summary>`policyrules impact --base REV`: which verdicts the working tree's rules change, as Markdown for a pull request.</summary>
internal static class ImpactCommand
{
    public static Command Create(CliApp app)
    {
        var baseRevision = new Option<string>("--base")
        {
            Description = "The git revision whose approved verdicts to compare with, e.g. HEAD, main or a commit.",
            Required = true,
        };
        var paths = CommonOptions.ScenarioPaths();
        var rules = CommonOptions.Rules();
        var command = new Command(
            "impact",
            "Evaluate every scenario with the current rules and report, as Markdown, the verdicts that differ from those approved at a base revision. A report, not a check: exits 0 and approves nothing.")
        {
            baseRevision,
            paths,
            rules,
        };
        command.SetAction(parse =>
        {
            var selection = app.Select(parse.GetValue(rules));
            var engine = selection.Engine;
            var folders = SnapshotCommands.Folders(selection, parse.GetValue(paths), app.Root);
            var scenarios = SnapshotCommands.Discover(selection, folders);
            var anchor = folders.Select(f => Directory.Exists(f) ? f : Path.GetDirectoryName(Path.GetFullPath(f))!).FirstOrDefault() ?? Directory.GetCurrentDirectory();
            var git = GitRevision.Open(Path.GetFullPath(anchor), parse.GetValue(baseRevision)!);
            var report = VerdictImpact.Measure(engine, scenarios, git, folders.Where(Directory.Exists));
            app.Out.Write(VerdictImpact.Markdown(report));
            return ExitCodes.Success;
        });
        return command;
    }
}
