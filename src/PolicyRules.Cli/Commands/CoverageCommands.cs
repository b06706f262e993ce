using System.CommandLine;
using PolicyRules.Engine;
using PolicyRules.Snapshots;

namespace PolicyRules.Cli.Commands;

/// <summary>`policyrules coverage`, `policyrules rules` and `policyrules regen`: how the scenario corpus exercises the rules, and the files generated from it.</summary>
internal static class CoverageCommands
{
    public static Command Coverage(CliApp app)
    {
        var paths = CommonOptions.ScenarioPaths();
        var command = new Command("coverage", "Per rule, the scenarios where it fires and where it is a near miss; exits 1 when a rule fires in no scenario.") { paths };
        command.SetAction(parse =>
        {
            var engine = app.CreateEngine();
            var report = Measure(engine, SnapshotCommands.Discover(engine, parse.GetValue(paths), app.Root), app.Root);
            app.Out.Write(RuleCoverage.Text(report));
            var never = report.NeverFired.ToList();
            foreach (var entry in never)
            {
                app.Out.WriteLine(RuleCoverage.Advice(entry, "rules/<RuleSet>/Scenarios"));
            }

            return never.Count == 0 ? ExitCodes.Success : ExitCodes.CheckFailed;
        });
        return command;
    }

    public static Command Rules(CliApp app)
    {
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "json");
        var ruleSets = CommonOptions.RuleSets();
        var strata = new Option<bool>("--strata") { Description = "Print the rule-dependency graph and the strata the compiled evaluator runs the rules in, instead of the catalogue." };
        var command = new Command("rules", "List every rule: ID, description, citations, effective dates, effects, remarks and the scenarios that exercise it.") { format, ruleSets, strata };
        command.SetAction(parse =>
        {
            var engine = app.CreateEngine(parse.GetValue(ruleSets));
            if (parse.GetValue(strata))
            {
                app.Out.Write(RuleDependencies.Markdown(engine, linkPrefix: "docs/"));
                return ExitCodes.Success;
            }

            var root = app.Root ?? BuiltInRuleSets.RepositoryRoot(Directory.GetCurrentDirectory());
            var scenarios = root is null ? [] : SnapshotCommands.Discover(engine, null, root);
            var report = Measure(engine, scenarios, root);
            app.Out.Write(parse.GetValue(format) == "json" ? RuleDocs.Json(engine, report) : RuleDocs.Markdown(engine, report, linkPrefix: null));
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Regen(CliApp app)
    {
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 listing the generated files that are stale." };
        var command = new Command(
            "regen",
            "Regenerate every generated file from the rules, the fact model and the scenario corpus: docs/rules (a page per rule, a registry per rule set, coverage.md), docs/case.schema.json and docs/case-vocabulary.md.")
        {
            check,
        };
        command.Aliases.Add("docs");
        command.SetAction(parse =>
        {
            var root = app.Root ?? BuiltInRuleSets.RepositoryRoot(Directory.GetCurrentDirectory())
                ?? throw new UsageException("no PolicyRules checkout found above the current folder; run regen from inside the repository.");
            var engine = app.CreateEngine();
            var files = GeneratedFilesOf(engine, root);
            if (parse.GetValue(check))
            {
                var stale = GeneratedFiles.Stale(root, files);
                foreach (var path in stale)
                {
                    app.Out.WriteLine($"stale: {path}");
                }

                app.Out.WriteLine(stale.Count == 0
                    ? $"regen: {files.Count} generated files up to date."
                    : $"regen: {stale.Count} of {files.Count} generated files stale; regenerate with: dotnet run --project src/PolicyRules.Cli -- regen");
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

    /// <summary>The generated files for a checkout: every built-in scenario folder, names relative to the root.</summary>
    internal static SortedDictionary<string, string> GeneratedFilesOf(PolicyEngine engine, string root)
    {
        var scenarios = SnapshotCommands.Discover(engine, null, root);
        return GeneratedFiles.All(engine, Measure(engine, scenarios, root));
    }

    private static CoverageReport Measure(PolicyEngine engine, IReadOnlyList<Scenario> scenarios, string? root) =>
        RuleCoverage.Measure(engine, scenarios, s => SnapshotCommands.ScenarioName(s, root));
}
