using System.Diagnostics;
using System.Text.RegularExpressions;
using PolicyRules.Testing;

namespace PolicyRules.Cli.Tests;

/// <summary>
/// `--rules` on the commands RulesOptionTests does not cover (approve, impact, explain, regen, batch, text-check, serve),
/// each against the sample's real built rule-set assembly (HSE-0001: a charge under 24 months goes to a second reader),
/// copied with its scenarios into a throw-away project folder so the tests may write there.
/// </summary>
public sealed partial class RulesOnEveryCommandTests
{
    private static readonly string Sample = TestPaths.InRepository("samples", "PolicyRules.Sample");

    [Fact]
    public void Approve_with_rules_approves_the_received_verdicts_of_that_rule_sets_scenarios()
    {
        using var copy = new SampleCopy();
        var approved = File.ReadAllText(copy.Verdict("short-sentence"));
        File.Delete(copy.Verdict("short-sentence"));

        var before = CliRunner.Run("verify", "--rules", copy.Assembly);
        var approve = CliRunner.Run("approve", "--rules", copy.Assembly);
        var after = CliRunner.Run("verify", "--rules", copy.Assembly);

        Assert.Equal(1, before.ExitCode);
        Assert.Contains("2 scenarios, 1 match, 0 differ, 1 missing", before.Out, StringComparison.Ordinal);
        Assert.Equal(0, approve.ExitCode);
        Assert.Contains("approve: 1 verdicts approved.", approve.Out, StringComparison.Ordinal);
        Assert.Equal(approved, File.ReadAllText(copy.Verdict("short-sentence")));
        Assert.Equal(0, after.ExitCode);
    }

    [Fact]
    public void Impact_with_rules_reports_the_verdicts_of_that_rule_set_that_changed_since_a_revision()
    {
        using var copy = new SampleCopy();
        copy.Git("init", "--quiet");
        copy.Git("add", "-A");
        copy.Git("commit", "--quiet", "-m", "sample");
        // 12 months -> 120: HSE-0001 no longer fires on the short-sentence scenario.
        var path = copy.Case("short-sentence");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"maxPenaltyMonths\": 12", "\"maxPenaltyMonths\": 120", StringComparison.Ordinal));

        var (code, output, error) = CliRunner.Run("impact", "--base", "HEAD", "--rules", copy.Assembly);

        Assert.True(code == 0, output + error);
        Assert.Contains("short-sentence", output, StringComparison.Ordinal);
        Assert.Contains("HSE-0001", output, StringComparison.Ordinal);
        Assert.DoesNotContain("long-sentence", output, StringComparison.Ordinal);
        Assert.DoesNotContain("INT-", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_with_rules_traces_that_rule_set_and_answers_why_not_for_its_rules()
    {
        using var copy = new SampleCopy();

        var fired = CliRunner.Run("explain", "--rules", copy.Assembly, copy.Case("short-sentence"));
        var whyNot = CliRunner.Run("explain", "--rules", copy.Assembly, copy.Case("long-sentence"), "--why-not", "HSE-0001");
        var builtIn = CliRunner.Run("explain", "--rules", copy.Assembly, copy.Case("long-sentence"), "--why-not", "INT-0101");

        Assert.Equal((0, 0, 2), (fired.ExitCode, whyNot.ExitCode, builtIn.ExitCode));
        Assert.Contains("HSE-0001", fired.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("INT-", fired.Out, StringComparison.Ordinal);
        Assert.Contains("HSE-0001", whyNot.Out, StringComparison.Ordinal);
        Assert.Contains("INT-0101", builtIn.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Regen_with_rules_writes_that_rule_sets_pages_in_its_project_folder_and_check_then_passes()
    {
        using var copy = new SampleCopy();

        var stale = CliRunner.Run("regen", "--check", "--rules", copy.Assembly);
        var regen = CliRunner.Run("regen", "--rules", copy.Assembly);
        var check = CliRunner.Run("regen", "--check", "--rules", copy.Assembly);

        Assert.Equal((1, 0, 0), (stale.ExitCode, regen.ExitCode, check.ExitCode));
        var page = File.ReadAllText(Path.Combine(copy.Folder, "docs", "rules", "HSE-0001.md"));
        Assert.Contains("second reader", page, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(copy.Folder, "docs", "rules", "INT-0101.md")));
        Assert.Contains("generated files up to date", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_with_rules_totals_only_that_rule_set()
    {
        using var copy = new SampleCopy();
        var cases = Path.Combine(copy.Folder, "cases.jsonl");
        File.WriteAllLines(cases, new[] { "short-sentence", "long-sentence" }.Select(n => Regex.Replace(File.ReadAllText(copy.Case(n)), @"\s*\n\s*", " ")));

        var (code, output, error) = CliRunner.Run("batch", cases, "--out", Path.Combine(copy.Folder, "results.jsonl"), "--rules", copy.Assembly);

        Assert.True(code == 0, output + error);
        Assert.Contains("2 cases read, 2 evaluated, 0 malformed", output, StringComparison.Ordinal);
        Assert.Contains("  house: deny 0, review 2, allow 0", output, StringComparison.Ordinal);
        Assert.DoesNotContain("interpol", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_check_with_rules_reads_that_rule_sets_reasons()
    {
        using var copy = new SampleCopy();

        var (code, output, error) = CliRunner.Run("text-check", "--rules", copy.Assembly, "--generated", "0");

        Assert.True(code == 0, output + error);
        Assert.Equal("text-check: 2 scenarios and 0 generated cases, 0 problem(s).", error.Trim());
    }

    [Fact]
    public async Task Serve_with_rules_answers_with_that_rule_set_over_a_real_listener()
    {
        using var copy = new SampleCopy();
        var cli = Path.Combine(AppContext.BaseDirectory, "PolicyRules.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])[cli, "serve", "--rules", copy.Assembly, "--urls", "http://127.0.0.1:0"])
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || k.StartsWith("PolicyRules", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        using var process = new Process { StartInfo = start };
        var seen = new System.Text.StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(string? line)
        {
            lock (seen)
            {
                seen.AppendLine(line);
            }

            if (line is not null && Listening().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        }

        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var first = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(90)));
            Assert.True(first == listening.Task, $"the server did not start listening:\n{seen}");
            var address = await listening.Task;
            using var http = new HttpClient { BaseAddress = address };

            var rules = await http.GetStringAsync(new Uri("/v1/rules", UriKind.Relative));
            using var body = new StringContent(File.ReadAllText(copy.Case("short-sentence")), System.Text.Encoding.UTF8, "application/json");
            var verdict = await (await http.PostAsync(new Uri("/v1/evaluate", UriKind.Relative), body)).Content.ReadAsStringAsync();

            Assert.Contains("HSE-0001", rules, StringComparison.Ordinal);
            Assert.DoesNotContain("INT-0101", rules, StringComparison.Ordinal);
            Assert.Contains("\"house\"", verdict, StringComparison.Ordinal);
            Assert.Contains("HSE-0001", verdict, StringComparison.Ordinal);
            Assert.DoesNotContain("\"interpol\"", verdict, StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();

    /// <summary>The sample's built assembly beside a copy of its project file and scenarios, in a temp folder.</summary>
    private sealed class SampleCopy : IDisposable
    {
        private readonly TestPaths.TempFolder _temp = TestPaths.NewTempFolder();

        public SampleCopy()
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var built = Path.Combine(Sample, "bin", configuration, "net10.0", "PolicyRules.Sample.dll");
            File.Copy(Path.Combine(Sample, "PolicyRules.Sample.csproj"), Path.Combine(Folder, "PolicyRules.Sample.csproj"));
            Directory.CreateDirectory(Path.Combine(Folder, "bin"));
            File.Copy(built, Assembly);
            Directory.CreateDirectory(Path.Combine(Folder, "Scenarios"));
            foreach (var file in Directory.GetFiles(Path.Combine(Sample, "Scenarios"), "*.json").Where(f => !f.Contains(".received.", StringComparison.Ordinal)))
            {
                File.Copy(file, Path.Combine(Folder, "Scenarios", Path.GetFileName(file)));
            }
        }

        public string Folder => _temp.Path;

        public string Assembly => Path.Combine(Folder, "bin", "PolicyRules.Sample.dll");

        public string Case(string name) => Path.Combine(Folder, "Scenarios", name + ".case.json");

        public string Verdict(string name) => Path.Combine(Folder, "Scenarios", name + ".verdict.json");

        public void Git(params string[] args)
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in (string[])["-c", "user.name=test", "-c", "user.email=test@localhost", "-c", "commit.gpgsign=false", .. args])
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed: {error.Result}");
        }

        public void Dispose() => _temp.Dispose();
    }
}
