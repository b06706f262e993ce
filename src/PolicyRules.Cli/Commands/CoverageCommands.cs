using System.CommandLine;
using PolicyRules.Snapshots;

namespace PolicyRules.Cli.Commands;

/// <summary>`policyrules coverage`, `policyrules rules` and `policyrules regen`: how the scenario corpus exercises the rules, and the files generated from it.</summary>
internal static class CoverageCommands
{
    public static Command Coverage(CliApp app)
    {
        var paths = CommonOptions.ScenarioPaths();
        var format = CommonOptions.ReportFormat();
        var rules = CommonOptions.Rules();
        var command = new Command(
            "coverage",
            $"Per rule, the scenarios where it fires and where it is a near miss; exits 1 when a rule has a gap (fires nowhere, or no near miss) that its rule set's {CoverageGaps.FileName} does not list, or a listed gap has closed.")
        {
            paths, format, rules,
        };
        command.SetAction(parse =>
        {
            var selection = app.Select(parse.GetValue(rules));
            var root = selection.Root(app.Root);
            var report = Measure(selection, SnapshotCommands.Discover(selection, parse.GetValue(paths), app.Root), root);
            var gaps = CoverageGaps.Check(report, CoverageGaps.Read(selection.GapFiles(app.Root)), "<rule-set project>/Scenarios");
            app.Out.Write(parse.GetValue(format) switch
            {
                "markdown" => CoverageGaps.Markdown(report, gaps),
                "json" => CoverageGaps.Json(report, gaps),
                "junit" => CoverageGaps.JUnit(report, gaps),
                _ => CoverageGaps.Text(report, gaps),
            });
            return gaps.Passed ? ExitCodes.Success : ExitCodes.CheckFailed;
        });
        return command;
    }

    public static Command Rules(CliApp app)
    {
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "json");
        var ruleSets = CommonOptions.RuleSets();
        var rules = CommonOptions.Rules();
        var strata = new Option<bool>("--strata") { Description = "Print the rule-dependency graph and the strata the compiled evaluator runs the rules in, instead of the catalogue." };
        var command = new Command("rules", "List every rule: ID, description, citations, effective dates, effects, remarks and the scenarios that exercise it.") { format, ruleSets, rules, strata };
        command.SetAction(parse =>
        {
            var selection = app.Select(parse.GetValue(rules), parse.GetValue(ruleSets));
            if (parse.GetValue(strata))
            {
                app.Out.Write(RuleDependencies.Markdown(selection.Engine, linkPrefix: "docs/"));
                return ExitCodes.Success;
            }

            var root = selection.Root(app.Root);
            var scenarios = selection.ScenarioFolders(app.Root).Count == 0 ? [] : SnapshotCommands.Discover(selection, null, app.Root);
            var report = Measure(selection, scenarios, root);
            app.Out.Write(parse.GetValue(format) == "json" ? RuleDocs.Json(selection.Engine, report) : RuleDocs.Markdown(selection.Engine, report, linkPrefix: null));
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Regen(CliApp app)
    {
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 listing the generated files that are stale." };
        var rules = CommonOptions.Rules();
        var command = new Command(
            "regen",
            "Regenerate every generated file from the rules, the fact model and the scenario corpus: docs/rules (a page per rule, a registry per rule set, coverage.md), docs/case.schema.json, docs/case-vocabulary.md and docs/problems.md; with --rules, the same under that rule set's project folder.")
        {
            check, rules,
        };
        command.Aliases.Add("docs");
        command.SetAction(parse =>
        {
            var selection = app.Select(parse.GetValue(rules));
            var root = selection.Root(app.Root)
                ?? throw new UsageException("no PolicyRules checkout found above the current folder; run regen from inside the repository, or give --rules with your rule-set project.");
            var files = GeneratedFilesOf(selection, root, app.Root);
            if (parse.GetValue(check))
            {
                var stale = GeneratedFiles.Stale(root, files);
                foreach (var path in stale)
                {
                    app.Out.WriteLine($"stale: {path}");
                }

                app.Out.WriteLine(stale.Count == 0
                    ? $"regen: {files.Count} generated files up to date."
                    : $"regen: {stale.Count} of {files.Count} generated files stale; regenerate with: {(selection.Sources.Count > 0 ? "policyrules regen --rules " + string.Join(" --rules ", selection.Sources.Select(s => s.Given)) : "dotnet run --project src/PolicyRules.Cli -- regen")}");
                return stale.Count == 0 ? ExitCodes.Success : ExitCodes.CheckFailed;
            }

            var touched = GeneratedFiles.Write(root, files);
            foreach (var path in touched)
            {
                app.Out.WriteLine($"wrote: {path}");
            }

            app.Out.WriteLine($"regen: {files.Count} generated files, {touched.Count} changed.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The generated files: every scenario folder of the chosen rule sets, names relative to <paramref name="root"/>.</summary>
    internal static SortedDictionary<string, string> GeneratedFilesOf(RuleSelection selection, string root, string? checkout = null)
    {
        var scenarios = selection.ScenarioFolders(checkout ?? root).Count == 0 ? [] : SnapshotCommands.Discover(selection, null, checkout ?? root);
        var files = GeneratedFiles.All(selection.Engine, Measure(selection, scenarios, root));
        if (selection.Sources.Count == 0)
        {
            // The HTTP API's problem types belong to this checkout's server, not to a rule set given with --rules.
            files[Server.ProblemCatalog.DocumentationPath] = Server.ProblemCatalog.Markdown();
        }

        return files;
    }

    private static CoverageReport Measure(RuleSelection selection, IReadOnlyList<Scenario> scenarios, string? root) =>
        RuleCoverage.Measure(selection.Engine, scenarios, s => SnapshotCommands.ScenarioName(s, root));
}
