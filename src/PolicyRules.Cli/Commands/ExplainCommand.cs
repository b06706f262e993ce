using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PolicyRules.Engine.Tracing;
using PolicyRules.Json;

namespace PolicyRules.Cli.Commands;

/// <summary>`policyrules explain case.json [--why-not RULE-ID]`: the trace of one evaluation.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliApp app)
    {
        var caseFile = new Argument<string>("case") { Description = "The case file (JSON) to explain; - reads it from standard input." };
        var whyNot = new Option<string?>("--why-not") { Description = "A rule ID: show which of its conditions failed first (switches on condition tracing for this run)." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var ruleSets = CommonOptions.RuleSets();
        var rules = CommonOptions.Rules();
        var command = new Command("explain", "Trace one evaluation: the rules that fired in order, the facts they matched and yielded, and why a named rule did not fire.") { caseFile, whyNot, format, ruleSets, rules };
        command.SetAction(parse =>
        {
            var policyCase = app.ReadCase(parse.GetValue(caseFile)!);
            var engine = app.Select(parse.GetValue(rules), parse.GetValue(ruleSets)).Engine;
            var ruleId = parse.GetValue(whyNot);
            if (ruleId is not null && engine.FindRule(ruleId) is null)
            {
                throw new UsageException(Tracer.UnknownRule(engine, ruleId));
            }

            var trace = Tracer.Explain(engine, policyCase, ruleId);
            app.Out.Write(parse.GetValue(format) == "json" ? Json(trace) : Text(trace));
            return ExitCodes.Success;
        });
        return command;
    }

    internal static string Json(EvaluationTrace trace) => JsonSerializer.Serialize(trace, PolicyJson.Options) + "\n";

    internal static string Text(EvaluationTrace trace)
    {
        var text = new StringBuilder();
        var outcomes = string.Join("; ", trace.Verdict.RuleSets.Select(r => $"{r.RuleSet} {r.Outcome.ToString().ToLowerInvariant()}"));
        text.Append(CultureInfo.InvariantCulture, $"Verdict as of {trace.Verdict.AsOf:yyyy-MM-dd}: {outcomes}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Rules fired, in order ({trace.Steps.Length}):\n");
        foreach (var step in trace.Steps)
        {
            text.Append(CultureInfo.InvariantCulture, $"{step.Step,3}. {step.RuleId} ({step.RuleSet})\n");
            foreach (var fact in step.Matched)
            {
                var from = fact.YieldedBy is { } by ? $"  <- yielded at step {by} by {trace.Steps[by - 1].RuleId}" : string.Empty;
                text.Append(CultureInfo.InvariantCulture, $"       matched {fact.Name}: {fact.Label}{from}\n");
            }

            foreach (var fact in step.Yielded)
            {
                text.Append(CultureInfo.InvariantCulture, $"       yielded {fact.Label}{(fact.Withdrawn ? " (later withdrawn: what it rested on stopped holding)" : string.Empty)}\n");
            }
        }

        if (trace.WhyNot is { } whyNot)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nWhy not {whyNot.RuleId}: {whyNot.Summary}\n");
            foreach (var condition in whyNot.Conditions)
            {
                var marker = condition == whyNot.FirstFailed ? "  <- first failed" : string.Empty;
                text.Append(CultureInfo.InvariantCulture, $"{condition.Index,3}. [{condition.Status}] {condition.Kind} {condition.Pattern}: `{condition.Condition}`{marker}\n");
                if (!condition.TrueOn.IsEmpty)
                {
                    text.Append(CultureInfo.InvariantCulture, $"       true on: {string.Join("; ", condition.TrueOn)}\n");
                }

                if (!condition.FalseOn.IsEmpty)
                {
                    text.Append(CultureInfo.InvariantCulture, $"       false on: {string.Join("; ", condition.FalseOn)}\n");
                }
            }
        }

        return text.ToString();
    }
}
