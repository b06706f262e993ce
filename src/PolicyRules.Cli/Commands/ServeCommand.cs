using System.CommandLine;
using PolicyRules.Server;

namespace PolicyRules.Cli.Commands;

/// <summary>`policyrules serve`: runs the HTTP API (src/PolicyRules.Server) in this process until stopped.</summary>
internal static class ServeCommand
{
    public static Command Create(CliApp app)
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Addresses to listen on, separated by ';'. Default: {PolicyServerOptions.DefaultUrl} (loopback only).",
        };
        var decisionLog = new Option<string>("--decision-log") { Description = "Append one JSON Lines decision record per evaluation to this file." };
        var ruleSets = CommonOptions.RuleSets();
        var rules = CommonOptions.Rules();
        var evaluator = CommonOptions.Evaluator();
        var command = new Command("serve", "Serve the HTTP API: POST /v1/evaluate, POST /v1/explain, GET /v1/rules, GET /healthz, /openapi/v1.json. " +
            "Set a bearer token with the PolicyRules__Token or POLICYRULES_TOKEN environment variable.")
        {
            urls, decisionLog, ruleSets, rules, evaluator,
        };

        // Anything after the known options is passed to the server as configuration, e.g. --PolicyRules:RequestTimeoutSeconds=5.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parse =>
        {
            var args = new List<string>(parse.UnmatchedTokens);
            if (parse.GetValue(urls) is { } u)
            {
                args.Add($"--urls={u}");
            }

            if (parse.GetValue(decisionLog) is { } log)
            {
                args.Add($"--PolicyRules:DecisionLog={log}");
            }

            args.Add($"--PolicyRules:Evaluator={CommonOptions.EvaluatorOf(parse, evaluator)}");
            var only = parse.GetValue(ruleSets) ?? [];
            for (var i = 0; i < only.Length; i++)
            {
                args.Add($"--PolicyRules:RuleSets:{i}={only[i]}");
            }

            var given = parse.GetValue(rules) ?? [];
            for (var i = 0; i < given.Length; i++)
            {
                args.Add($"--PolicyRules:Rules:{i}={Path.GetFullPath(given[i])}");
            }

            var code = PolicyServer.Run([.. args]);
            if (code != ExitCodes.Success)
            {
                app.Error.WriteLine("policyrules: the server did not start; see the line above.");
            }

            return code;
        });
        return command;
    }
}
