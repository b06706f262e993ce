using System.CommandLine;
using PolicyRules.Engine;
using PolicyRules.Snapshots;

namespace PolicyRules.Cli.Commands;

/// <summary>`policyrules coverage`, `policyrules rules` and `policyrules docs`: how the scenario corpus exercises the rules.</summary>
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

    public static Command Docs(CliApp app)
    {
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 listing the pages under docs/rules that are stale." };
        var command = new Command("docs", "Generate docs/rules/<ID>.md and docs/rules/README.md from the rules and the scenario corpus; delete pages of rules that no longer exist.") { check };
        command.SetAction(parse =>
        {
            var root = app.Root ?? BuiltInRuleSets.RepositoryRoot(Directory.GetCurrentDirectory())
                ?? throw new UsageException("no PolicyRules checkout found above the current folder; run docs from inside the repository.");
            var engine = app.CreateEngine();
            var pages = Pages(engine, root);
            if (parse.GetValue(check))
            {
                var stale = RuleDocs.Stale(root, pages);
                foreach (var path in stale)
                {
                    app.Out.WriteLine($"stale: {path}");
                }

                app.Out.WriteLine(stale.Count == 0
                    ? $"docs: {pages.Count} pages up to date."
                    : $"docs: {stale.Count} of {pages.Count} pages stale; regenerate with: dotnet run --project src/PolicyRules.Cli -- docs");
                return stale.Count == 0 ? ExitCodes.Success : ExitCodes.CheckFailed;
            }

            var touched = RuleDocs.Write(root, pages);
            foreach (var path in touched)
            {
                app.Out.WriteLine($"wrote: {path}");
            }

            app.Out.WriteLine($"docs: {pages.Count} pages, {touched.Count} changed.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The generated pages for a checkout: every built-in scenario folder, names relative to the root.</summary>
    internal static SortedDictionary<string, string> Pages(PolicyEngine engine, string root)
    {
        var scenarios = SnapshotCommands.Discover(engine, null, root);
        return RuleDocs.Pages(engine, Measure(engine, scenarios, root));
    }

    private static CoverageReport Measure(PolicyEngine engine, IReadOnlyList<Scenario> scenarios, string? root) =>
        RuleCoverage.Measure(engine, scenarios, s => SnapshotCommands.ScenarioName(s, root));
}
