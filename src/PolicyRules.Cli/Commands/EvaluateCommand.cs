using System.CommandLine;
using PolicyRules.Json;
using PolicyRules.Verdicts;

namespace PolicyRules.Cli.Commands;

/// <summary>`policyrules evaluate case.json`: prints the verdict of one case.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliApp app)
    {
        var caseFile = new Argument<string>("case") { Description = "The case file (JSON) to evaluate; - reads it from standard input." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var ruleSets = CommonOptions.RuleSets();
        var rules = CommonOptions.Rules();
        var evaluator = CommonOptions.Evaluator();
        var command = new Command("evaluate", "Evaluate one case and print its verdict with cited reasons.") { caseFile, format, ruleSets, rules, evaluator };
        command.SetAction(parse =>
        {
            var policyCase = app.ReadCase(parse.GetValue(caseFile)!);
            var engine = app.Select(parse.GetValue(rules), parse.GetValue(ruleSets), CommonOptions.EvaluatorOf(parse, evaluator)).Engine;
            var verdict = engine.Evaluate(policyCase);
            app.Out.Write(parse.GetValue(format) switch
            {
                "json" => PolicyJson.Canonical(verdict),
                "markdown" => VerdictText.Markdown(verdict),
                _ => VerdictText.Text(verdict),
            });
            return ExitCodes.Success;
        });
        return command;
    }
}
