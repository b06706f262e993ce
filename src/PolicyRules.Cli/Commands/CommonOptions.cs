using System.CommandLine;
using PolicyRules.Engine;

namespace PolicyRules.Cli.Commands;

/// <summary>Options several commands share, so each is spelled and explained once.</summary>
internal static class CommonOptions
{
    public static Option<string[]> RuleSets() => new("--rule-set")
    {
        Description = "Evaluate only this rule set (repeatable): interpol, us-extradition, us-immigration. Default: all built-in rule sets.",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string[]> Rules() => new("--rules")
    {
        Description = "Use this rule set instead of the built-in ones (repeatable): a rule-set project (.csproj or its folder), built first, " +
            "or its built .dll. Scenarios default to Scenarios/ in its project folder.",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>`--evaluator compiled|rete`: which evaluator runs the cases (docs/evaluators.md); both give the same verdicts.</summary>
    public static Option<string> Evaluator()
    {
        var option = new Option<string>("--evaluator")
        {
            Description = "Which evaluator runs the rules: compiled (default, stratified, no per-case network) or rete (NRules' network, the reference). Verdicts are identical.",
            DefaultValueFactory = _ => "compiled",
        };
        option.AcceptOnlyFromAmong("compiled", "rete");
        return option;
    }

    /// <summary>The evaluator the `--evaluator` option names.</summary>
    public static PolicyEvaluator EvaluatorOf(ParseResult parse, Option<string> option) =>
        parse.GetValue(option) == "rete" ? PolicyEvaluator.Rete : PolicyEvaluator.Compiled;

    public static Argument<string[]> ScenarioPaths() => new("paths")
    {
        Description = "Scenario files or folders. Default: the Scenarios folders of the --rules rule sets, or of every built-in rule set in this checkout.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>--format for the review reports (verify, coverage).</summary>
    public static Option<string> ReportFormat(params string[] extra)
    {
        var format = new Option<string>("--format")
        {
            Description = "Output format: text for a terminal, markdown for a pull request, json for scripts, junit for CI test reports" +
                (extra.Length > 0 ? $", {string.Join(", ", extra)}" : string.Empty) + ".",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(["text", "markdown", "json", "junit", .. extra]);
        return format;
    }
}
