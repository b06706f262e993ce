using PolicyRules.Testing;

namespace PolicyRules.Cli.Tests;

public sealed class SnapshotCommandTests
{
    [Fact]
    public void Verify_passes_on_an_approved_scenario()
    {
        using var corpus = CopyOfMotivatingScenario();

        var (code, output, _) = CliRunner.Run("verify", corpus.Path);

        Assert.Equal(0, code);
        Assert.Contains("verify: 1 scenarios, 1 match", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_exits_1_on_a_changed_verdict_writes_the_received_file_and_prints_a_diff_naming_the_scenario()
    {
        using var corpus = CopyOfMotivatingScenario();
        var verdict = Directory.GetFiles(corpus.Path, "*.verdict.json", SearchOption.AllDirectories).Single();
        File.WriteAllText(verdict, File.ReadAllText(verdict).Replace("\"outcome\": \"review\"", "\"outcome\": \"allow\"", StringComparison.Ordinal));

        var (code, output, _) = CliRunner.Run("verify", corpus.Path);

        Assert.Equal(1, code);
        Assert.Contains("DIFFERS: ", output, StringComparison.Ordinal);
        Assert.Contains("motivating-case.case.json", output, StringComparison.Ordinal);
        Assert.Contains("-      \"outcome\": \"allow\",", output, StringComparison.Ordinal);
        Assert.Contains("+      \"outcome\": \"review\",", output, StringComparison.Ordinal);
        Assert.True(File.Exists(verdict.Replace(".verdict.json", ".verdict.received.json", StringComparison.Ordinal)));
    }

    [Fact]
    public void Verify_exits_1_on_a_missing_approved_verdict_and_approve_accepts_it()
    {
        using var corpus = CopyOfMotivatingScenario();
        var verdict = Directory.GetFiles(corpus.Path, "*.verdict.json", SearchOption.AllDirectories).Single();
        var approvedText = File.ReadAllText(verdict);
        File.Delete(verdict);

        var (code, output, _) = CliRunner.Run("verify", corpus.Path);
        Assert.Equal(1, code);
        Assert.Contains("MISSING APPROVED VERDICT", output, StringComparison.Ordinal);
        Assert.False(File.Exists(verdict));

        var (approveCode, approveOutput, _) = CliRunner.Run("approve", corpus.Path);
        Assert.Equal(0, approveCode);
        Assert.Contains("approve: 1 verdicts approved.", approveOutput, StringComparison.Ordinal);
        Assert.Equal(approvedText, File.ReadAllText(verdict));
        Assert.Equal(0, CliRunner.Run("verify", corpus.Path).ExitCode);
    }

    [Fact]
    public void Verify_reports_an_unreadable_case_as_an_error_and_exits_1()
    {
        using var corpus = CopyOfMotivatingScenario();
        var casePath = Directory.GetFiles(corpus.Path, "*.case.json", SearchOption.AllDirectories).Single();
        File.WriteAllText(casePath, "{ not json");

        var (code, output, _) = CliRunner.Run("verify", corpus.Path);

        Assert.Equal(1, code);
        Assert.Contains("ERROR: ", output, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_leads_each_mismatch_with_the_description_the_outcome_change_and_the_findings_by_rule_then_the_raw_diff()
    {
        using var corpus = CopyOfMotivatingScenario();
        var verdict = Directory.GetFiles(corpus.Path, "*.verdict.json", SearchOption.AllDirectories).Single();
        File.WriteAllText(verdict, File.ReadAllText(verdict).Replace("\"outcome\": \"review\"", "\"outcome\": \"deny\"", StringComparison.Ordinal)
            .Replace("\"effect\": \"review\"", "\"effect\": \"deny\"", StringComparison.Ordinal));

        var (_, output, _) = CliRunner.Run("verify", corpus.Path);

        var lines = output.Split('\n');
        Assert.StartsWith("DIFFERS: The motivating case: a Red Notice for embezzlement", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("motivating-case.case.json)", lines[0], StringComparison.Ordinal);
        Assert.Equal("  interpol: the outcome changes from deny to review.", lines[1]);
        Assert.Matches(@"^    INT-\d{4} changes its effect from deny to review: ", lines[2]);
        Assert.DoesNotContain(lines, l => l.Contains("now finds", StringComparison.Ordinal) || l.Contains("no longer finds", StringComparison.Ordinal));
        Assert.True(
            Array.IndexOf(lines, "  raw diff:") < Array.FindIndex(lines, l => l.StartsWith("+      \"outcome\"", StringComparison.Ordinal)),
            "the raw diff comes after the plain-language change");
    }

    [Fact]
    public void Verify_as_json_junit_and_markdown_carries_the_same_change()
    {
        using var corpus = CopyOfMotivatingScenario();
        var verdict = Directory.GetFiles(corpus.Path, "*.verdict.json", SearchOption.AllDirectories).Single();
        File.WriteAllText(verdict, File.ReadAllText(verdict).Replace("\"outcome\": \"review\"", "\"outcome\": \"allow\"", StringComparison.Ordinal));

        var (jsonCode, json, _) = CliRunner.Run("verify", corpus.Path, "--format", "json");
        var (junitCode, junit, _) = CliRunner.Run("verify", corpus.Path, "--format", "junit");
        var (_, markdown, _) = CliRunner.Run("verify", corpus.Path, "--format", "markdown");

        Assert.Equal((1, 1), (jsonCode, junitCode));
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(1, document.RootElement.GetProperty("differ").GetInt32());
        var result = document.RootElement.GetProperty("results")[0];
        Assert.Equal("mismatch", result.GetProperty("status").GetString());
        Assert.Equal("interpol: the outcome changes from allow to review.", result.GetProperty("changes")[0].GetString());
        Assert.Equal("allow", result.GetProperty("change").GetProperty("ruleSets")[0].GetProperty("outcomeBefore").GetString());

        var xml = System.Xml.Linq.XDocument.Parse(junit);
        var failure = Assert.Single(xml.Descendants("failure"));
        Assert.Equal("interpol: the outcome changes from allow to review.", failure.Attribute("message")!.Value);
        Assert.Equal("1", xml.Root!.Attribute("tests")!.Value);

        Assert.Contains("- interpol: the outcome changes from allow to review.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("<details><summary>Raw diff</summary>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_as_sarif_puts_each_change_at_the_scenario_under_the_rule_that_changed()
    {
        using var corpus = CopyOfMotivatingScenario();
        var verdict = Directory.GetFiles(corpus.Path, "*.verdict.json", SearchOption.AllDirectories).Single();
        var approved = File.ReadAllText(verdict);
        using (var parsed = System.Text.Json.JsonDocument.Parse(approved))
        {
            // The first finding whose effect is review is approved as deny instead: the rule's finding changes its effect.
            var ruleId = parsed.RootElement.GetProperty("ruleSets")[0].GetProperty("findings").EnumerateArray()
                .First(f => f.GetProperty("effect").GetString() == "review").GetProperty("ruleId").GetString()!;
            var at = approved.IndexOf("\"effect\": \"review\"", approved.IndexOf($"\"ruleId\": \"{ruleId}\"", StringComparison.Ordinal), StringComparison.Ordinal);
            approved = approved[..at] + "\"effect\": \"deny\"" + approved[(at + "\"effect\": \"review\"".Length)..];
            File.WriteAllText(verdict, approved.Replace("\"outcome\": \"review\"", "\"outcome\": \"allow\"", StringComparison.Ordinal));

            var (code, sarif, _) = CliRunner.Run("verify", corpus.Path, "--format", "sarif");

            Assert.Equal(1, code);
            using var log = System.Text.Json.JsonDocument.Parse(sarif);
            Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
            var run = log.RootElement.GetProperty("runs")[0];
            var results = run.GetProperty("results").EnumerateArray().ToList();
            var outcome = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "verdict-outcome");
            Assert.Equal("error", outcome.GetProperty("level").GetString());
            Assert.EndsWith("interpol: the outcome changes from allow to review.", outcome.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
            var finding = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == ruleId);
            Assert.Equal("warning", finding.GetProperty("level").GetString());
            Assert.Contains($"{ruleId} changes its effect from deny to review", finding.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.All(results, r => Assert.EndsWith(
                "motivating-case.case.json",
                r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(),
                StringComparison.Ordinal));
            Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == ruleId);
        }
    }

    [Fact]
    public void Verify_as_sarif_has_no_results_when_every_verdict_matches()
    {
        using var corpus = CopyOfMotivatingScenario();

        var (code, sarif, _) = CliRunner.Run("verify", corpus.Path, "--format", "sarif");

        Assert.Equal(0, code);
        using var log = System.Text.Json.JsonDocument.Parse(sarif);
        Assert.Equal(0, log.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    private static TestPaths.TempFolder CopyOfMotivatingScenario()
    {
        var temp = TestPaths.NewTempFolder();
        var scenarios = Directory.CreateDirectory(Path.Combine(temp.Path, "PolicyRules.Rules.Interpol", "Scenarios")).FullName;
        var source = Path.GetDirectoryName(CliRunner.MotivatingCase)!;
        File.Copy(Path.Combine(source, "motivating-case.case.json"), Path.Combine(scenarios, "motivating-case.case.json"));
        File.Copy(Path.Combine(source, "motivating-case.verdict.json"), Path.Combine(scenarios, "motivating-case.verdict.json"));
        return temp;
    }
}
