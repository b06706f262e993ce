using System.CommandLine;
using PolicyRules.Cases;
using PolicyRules.Cli.Commands;
using PolicyRules.Engine;
using PolicyRules.RuleSets;

namespace PolicyRules.Cli;

/// <summary>
/// The `policyrules` command line. Every command writes to the given writers, so tests run it in-process; bad input
/// ends as one line on standard error and exit code 2, never a stack trace.
/// </summary>
internal sealed class CliApp(TextWriter stdout, TextWriter stderr)
{
    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    /// <summary>Builds the engine, optionally over some rule sets only; tests swap in their own rule sets here.</summary>
    public Func<IEnumerable<string>?, PolicyEvaluator, PolicyEngine> EngineFactory { get; init; } = BuiltInRuleSets.CreateEngine;

    /// <summary>The checkout root for commands that work on the whole repository (docs); null: found above the current folder.</summary>
    public string? Root { get; init; }

    public PolicyEngine CreateEngine(IEnumerable<string>? only = null, PolicyEvaluator evaluator = PolicyEvaluator.Compiled) => EngineFactory(only, evaluator);

    /// <summary>Standard input, for `evaluate -`, `explain -` and `batch -`; tests give their own.</summary>
    public Func<Stream> Input { get; init; } = Console.OpenStandardInput;

    /// <summary>Reads a case from a file, or from standard input when the path is "-".</summary>
    public Facts.Case ReadCase(string path)
    {
        if (path != "-")
        {
            return CaseReader.ReadFile(path);
        }

        using var input = Input();
        return CaseReader.Read(input, "stdin");
    }

    /// <summary>The rule sets of one command: those given with --rules (built first when a project), else the built-in ones.</summary>
    public RuleSelection Select(string[]? rules, IEnumerable<string>? only = null, PolicyEvaluator evaluator = PolicyEvaluator.Compiled)
    {
        if (rules is not { Length: > 0 })
        {
            return new RuleSelection(CreateEngine(only, evaluator), []);
        }

        var sources = rules.Select(path => RuleSetSource.Load(path, Error)).ToList();
        return new RuleSelection(BuiltInRuleSets.CreateEngine(sources.Select(s => s.Assembly).Distinct(), only, evaluator), sources);
    }

    public int Run(string[] args)
    {
        // A Command, not a RootCommand: the root's name is what the usage line shows, and it is `policyrules` however the tool
        // is started (a RootCommand takes the executable's file name, PolicyRules.Cli under `dotnet run`).
        var root = new Command("policyrules", "PolicyRules: screen INTERPOL Red Notice requests and their U.S. handling with cited, rules-as-code verdicts.")
        {
            new System.CommandLine.Help.HelpOption(),
            new VersionOption(),
        };
        foreach (var command in Commands())
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Error.WriteLine($"policyrules: {error.Message} Run `policyrules --help` for usage.");
            }

            return ExitCodes.BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = Out, Error = Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            Error.WriteLine($"policyrules: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (CaseFormatException e)
        {
            foreach (var problem in e.Problems)
            {
                Error.WriteLine($"policyrules: {problem.Format(e.Source)}");
            }

            return ExitCodes.BadInput;
        }
        catch (PolicyEngineException e)
        {
            Error.WriteLine($"policyrules: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (RuleSetLoadException e)
        {
            Error.WriteLine($"policyrules: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (FileNotFoundException e)
        {
            Error.WriteLine($"policyrules: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (IOException e)
        {
            Error.WriteLine($"policyrules: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (UnauthorizedAccessException e)
        {
            // A path the user may not write or read (a read-only folder, a file owned by another user): theirs to fix.
            Error.WriteLine($"policyrules: {e.Message} Check the path and its permissions.");
            return ExitCodes.BadInput;
        }
    }

    private IEnumerable<Command> Commands()
    {
        yield return EvaluateCommand.Create(this);
        yield return SnapshotCommands.Verify(this);
        yield return SnapshotCommands.Approve(this);
        yield return ImpactCommand.Create(this);
        yield return CoverageCommands.Coverage(this);
        yield return CoverageCommands.Rules(this);
        yield return CoverageCommands.Regen(this);
        yield return ExplainCommand.Create(this);
        yield return TextCheckCommand.Create(this);
        yield return GenerateCommand.Create(this);
        yield return BatchCommand.Create(this);
        yield return ServeCommand.Create(this);
    }
}
