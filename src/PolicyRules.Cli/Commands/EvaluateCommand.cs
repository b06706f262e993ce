using System.CommandLine;
using PolicyRules.Cases;
using PolicyRules.Json;
using PolicyRules.Verdicts;

namespace PolicyRules.Cli.Commands;

/// <summary>`policyrules evaluate case.json`: prints the verdict of one case.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliApp app)
    {
        var caseFile = new Argument<string>("case") { Description = "The case file (JSON) to evaluate." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var ruleSets = CommonOptions.RuleSets();
        var evaluator = CommonOptions.Evaluator();
        var command = new Command("evaluate", "Evaluate one case and print its verdict with cited reasons.") { caseFile, format, ruleSets, evaluator };
        command.SetAction(parse =>
        {
            var policyCase = CaseReader.ReadFile(parse.GetValue(caseFile)!);
            var engine = BuiltInRuleSets.CreateEngine(parse.GetValue(ruleSets), CommonOptions.EvaluatorOf(parse, evaluator));
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
