using System.CommandLine;
using System.Collections.Concurrent;
using PolicyRules.Cases;
using PolicyRules.Generation;
using PolicyRules.TextCheck;

namespace PolicyRules.Cli.Commands;

/// <summary>
/// `policyrules text-check [PATHS] [--generated N] [--seed S]`: reads every reason of every scenario verdict (and of N
/// generated cases) for the marks of a template filled with nothing; one line per problem, exit 1 when there is one.
/// </summary>
internal static class TextCheckCommand
{
    public static Command Create(CliApp app)
    {
        var paths = CommonOptions.ScenarioPaths();
        var generated = new Option<long>("--generated") { Description = "Also check the verdicts of this many generated cases.", DefaultValueFactory = _ => 0 };
        var seed = new Option<int>("--seed") { Description = "The generator's seed.", DefaultValueFactory = _ => 1 };
        var rules = CommonOptions.Rules();
        var command = new Command(
            "text-check",
            "Check the wording of every reason of every scenario verdict (and of --generated N cases): no empty interpolation, doubled spaces, \"null\" or placeholders. Exits 1 when a reason is wrong.")
        {
            paths, generated, seed, rules,
        };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(generated);
            if (count < 0)
            {
                throw new UsageException($"--generated must be zero or more (got {count}).");
            }

            var selection = app.Select(parse.GetValue(rules));
            var engine = selection.Engine;
            var problems = new List<string>();
            var scenarios = SnapshotCommands.Discover(selection, parse.GetValue(paths), app.Root);
            foreach (var scenario in scenarios)
            {
                var verdict = engine.Evaluate(CaseReader.ReadFile(scenario.CasePath));
                problems.AddRange(ReasonTextCheck.Check(verdict).Select(p => $"{scenario.CasePath}: {p}"));
            }

            var s = parse.GetValue(seed);
            var found = new ConcurrentBag<(long Index, string Line)>();
            Parallel.For(0L, count, i =>
            {
                foreach (var p in ReasonTextCheck.Check(engine.Evaluate(CaseGenerator.At(s, i))))
                {
                    found.Add((i, $"generated case {i} (seed {s}): {p}"));
                }
            });
            problems.AddRange(found.OrderBy(f => f.Index).Select(f => f.Line));

            foreach (var line in problems)
            {
                app.Out.WriteLine(line);
            }

            app.Error.WriteLine($"text-check: {scenarios.Count} scenarios and {count} generated cases, {problems.Count} problem(s).");
            return problems.Count == 0 ? ExitCodes.Success : ExitCodes.CheckFailed;
        });
        return command;
    }
}
