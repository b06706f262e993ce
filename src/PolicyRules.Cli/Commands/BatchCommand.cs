using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyRules.Batch;
using PolicyRules.Decisions;
using PolicyRules.Verdicts;

namespace PolicyRules.Cli.Commands;

/// <summary>`policyrules batch in.jsonl --out verdicts.jsonl`: screens a JSON Lines file of cases on every core.</summary>
internal static class BatchCommand
{
    public static Command Create(CliApp app)
    {
        var input = new Argument<string>("cases") { Description = "JSON Lines file of cases, one case per line (- for standard input)." };
        var output = new Option<string>("--out") { Description = "Where to write one result line per case, in input order (- for standard output).", Required = true };
        var strict = new Option<bool>("--strict") { Description = "Stop at the first malformed line (exit code 2) instead of reporting and skipping it (exit code 1 at the end)." };
        var summaryFile = new Option<string>("--summary") { Description = "Also write the totals as one JSON document to this file (- for standard error): lines, evaluated, malformed, failed, outcomes per rule set, the first problems." };
        var workers = new Option<int?>("--workers") { Description = "Evaluation threads. Default: one per core." };
        var decisionLog = new Option<string>("--decision-log") { Description = "Append one JSON Lines decision record per evaluated case to this file." };
        var ruleSets = CommonOptions.RuleSets();
        var rules = CommonOptions.Rules();
        var evaluator = CommonOptions.Evaluator();
        var command = new Command("batch", "Evaluate many cases (JSON Lines) on every core; results come out in input order with a progress display and totals by outcome.")
        {
            input, output, strict, summaryFile, workers, decisionLog, ruleSets, rules, evaluator,
        };
        command.SetAction(parse =>
        {
            var inPath = parse.GetValue(input)!;
            var outPath = parse.GetValue(output)!;
            if (parse.GetValue(workers) is < 1)
            {
                throw new UsageException("--workers must be at least 1.");
            }

            if (outPath != "-" && Directory.Exists(outPath))
            {
                throw new UsageException($"--out `{outPath}` is a directory; give the path of the results file (JSON Lines) or - for standard output.");
            }

            var engine = app.Select(parse.GetValue(rules), parse.GetValue(ruleSets), CommonOptions.EvaluatorOf(parse, evaluator)).Engine;
            using var log = parse.GetValue(decisionLog) is { } logPath ? DecisionLog.Open(logPath) : null;
            using var inStream = inPath == "-" ? app.Input() : OpenInput(inPath);
            using var outStream = outPath == "-" ? Console.OpenStandardOutput() : new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16, useAsync: false);
            long? total = inStream.CanSeek ? inStream.Length : null;
            var report = outPath == "-" ? app.Error : app.Out;
            var source = inPath == "-" ? "stdin" : inPath;
            var progress = new ProgressDisplay(app.Error, total, Terminal(app));
            var problems = new List<BatchProblem>();
            var options = new BatchOptions
            {
                Strict = parse.GetValue(strict),
                Workers = parse.GetValue(workers) ?? Environment.ProcessorCount,
                Progress = progress.Update,
                Observer = log is null ? null : new DecisionRecorder(log),
                Problem = problem => progress.Problem(problem, problems, problem.Kind == BatchProblemKind.Malformed
                    ? string.Create(CultureInfo.InvariantCulture, $"policyrules: {source}:{problem.Line}: {(parse.GetValue(strict) ? string.Empty : "skipped: ")}{problem.Message}")
                    : string.Create(CultureInfo.InvariantCulture, $"policyrules: {source}:{problem.Line}: evaluation failed: {problem.Message}")),
            };
            var clock = Stopwatch.StartNew();
            var summary = new BatchScreening(engine, options).RunAsync(inStream, outStream).GetAwaiter().GetResult();
            progress.End();
            Summarise(report, summary, clock.Elapsed);
            if (parse.GetValue(summaryFile) is { } summaryPath)
            {
                var json = BatchSummaryJson(summary, problems, clock.Elapsed);
                if (summaryPath == "-")
                {
                    app.Error.Write(json);
                }
                else
                {
                    File.WriteAllText(summaryPath, json);
                }
            }

            // Skipped or failed lines are a failed check, not a success: a script that only looks at the exit code must notice them.
            return summary.Stopped ? ExitCodes.BadInput
                : summary.Malformed > 0 || summary.Failed > 0 ? ExitCodes.CheckFailed
                : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Records each verdict in the decision log, in input order (the batch calls it from its writer thread).</summary>
    private sealed class DecisionRecorder(DecisionLog log) : IBatchObserver
    {
        public void OnVerdict(long line, Facts.Case policyCase, Verdict verdict) => log.Record(policyCase, verdict);
    }

    private static FileStream OpenInput(string path) =>
        File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan)
            : throw new UsageException(Directory.Exists(path)
                ? $"the cases file `{path}` is a directory; give a JSON Lines file (policyrules generate writes one)."
                : $"the cases file `{path}` does not exist; give a JSON Lines file (policyrules generate writes one).");

    // A progress bar only when a person watches stderr; logs and CI get plain lines instead.
    private static bool Terminal(CliApp app) => ReferenceEquals(app.Error, Console.Error) && !Console.IsErrorRedirected;

    private static void Summarise(TextWriter report, BatchSummary summary, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? (summary.Evaluated + summary.Failed) / elapsed.TotalSeconds : 0;
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"batch: {summary.Lines:N0} cases read, {summary.Evaluated:N0} evaluated, {summary.Malformed:N0} malformed{(summary.Stopped ? " (stopped: --strict)" : " (skipped)")}, {summary.Failed:N0} failed; {elapsed.TotalSeconds:F1} s, {rate:N0} cases/s."));
        foreach (var (ruleSet, byOutcome) in summary.Outcomes)
        {
            report.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {ruleSet}: {Name(Outcome.Deny)} {byOutcome[(int)Outcome.Deny]:N0}, {Name(Outcome.Review)} {byOutcome[(int)Outcome.Review]:N0}, {Name(Outcome.Allow)} {byOutcome[(int)Outcome.Allow]:N0}, {Name(Outcome.NeedsInformation)} {byOutcome[(int)Outcome.NeedsInformation]:N0}"));
        }
    }

    private static string Name(Outcome outcome) => Facts.Vocabulary.Name(outcome);

    /// <summary>How many problems the --summary document lists one by one; the counts always cover all of them.</summary>
    internal const int ListedProblems = 100;

    /// <summary>The --summary document: the totals the text summary prints, for scripts and CI.</summary>
    private static string BatchSummaryJson(BatchSummary summary, List<BatchProblem> problems, TimeSpan elapsed)
    {
        List<BatchProblem> listed;
        lock (problems)
        {
            listed = [.. problems.OrderBy(p => p.Line).Take(ListedProblems)];
        }

        var document = new JsonObject
        {
            ["lines"] = summary.Lines,
            ["evaluated"] = summary.Evaluated,
            ["malformed"] = summary.Malformed,
            ["failed"] = summary.Failed,
            ["stopped"] = summary.Stopped,
            ["passed"] = !summary.Stopped && summary.Malformed == 0 && summary.Failed == 0,
            ["seconds"] = Math.Round(elapsed.TotalSeconds, 3),
            ["outcomes"] = new JsonObject(summary.Outcomes.Select(o => KeyValuePair.Create<string, JsonNode?>(
                o.RuleSet,
                new JsonObject(Enum.GetValues<Outcome>().Where(outcome => (int)outcome < o.ByOutcome.Length).Select(outcome => KeyValuePair.Create<string, JsonNode?>(Name(outcome), o.ByOutcome[(int)outcome])))))),
            ["problems"] = new JsonArray([.. listed.Select(p => (JsonNode)new JsonObject
            {
                ["line"] = p.Line,
                ["kind"] = p.Kind == BatchProblemKind.Malformed ? "malformed" : "failed",
                ["message"] = p.Message,
            })]),
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    /// <summary>Draws the progress bar (terminal) or prints a plain line every few seconds (anything else).</summary>
    private sealed class ProgressDisplay(TextWriter error, long? totalBytes, bool terminal)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly Lock _gate = new();
        private long _lastDraw = -1;
        private bool _drawn;

        public void Update(BatchProgress progress)
        {
            lock (_gate)
            {
                var now = _clock.ElapsedMilliseconds;
                if (_lastDraw >= 0 && now - _lastDraw < (terminal ? 200 : 5000))
                {
                    return;
                }

                _lastDraw = now;
                var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
                var rate = progress.Cases / seconds;
                var fraction = totalBytes is > 0 ? Math.Clamp((double)progress.BytesConsumed / totalBytes.Value, 0, 1) : (double?)null;
                var eta = fraction is > 0 and < 1 ? TimeSpan.FromSeconds(seconds * (1 - fraction.Value) / fraction.Value) : (TimeSpan?)null;
                var etaText = eta is { } e ? e.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : "-";
                if (terminal)
                {
                    var bar = fraction is { } f ? new string('#', (int)(f * 30)).PadRight(30, '.') : new string('?', 30);
                    error.Write(string.Create(CultureInfo.InvariantCulture,
                        $"\r\u001b[2K[{bar}] {(fraction ?? 0) * 100,5:F1}%  {progress.Cases:N0} cases  {rate:N0} cases/s  ETA {etaText}"));
                    _drawn = true;
                }
                else if (progress.Cases > 0)
                {
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"batch: {progress.Cases:N0} cases{(fraction is { } f2 ? $" ({f2 * 100:F0}%)" : string.Empty)}, {rate:N0} cases/s, ETA {etaText}"));
                }
            }
        }

        public void Problem(BatchProblem problem, List<BatchProblem> problems, string line)
        {
            lock (_gate)
            {
                lock (problems)
                {
                    problems.Add(problem);
                }

                ClearBar();
                error.WriteLine(line);
            }
        }

        public void End()
        {
            lock (_gate)
            {
                ClearBar();
            }
        }

        private void ClearBar()
        {
            if (_drawn)
            {
                error.Write("\r\u001b[2K");
                _drawn = false;
                _lastDraw = -1;
            }
        }
    }
}
