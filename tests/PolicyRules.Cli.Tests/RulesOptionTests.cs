using System.Text;
using PolicyRules.Testing;

namespace PolicyRules.Cli.Tests;

/// <summary>`--rules PATH`: the commands that evaluate take a rule set of the user's own, with its scenarios beside it.</summary>
public sealed class RulesOptionTests
{
    private static readonly string Sample = TestPaths.InRepository("samples", "PolicyRules.Sample");

    /// <summary>The sample's built assembly, in the configuration these tests were built in (Debug or Release).</summary>
    private static string SampleAssembly
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return Path.Combine(Sample, "bin", configuration, "net10.0", "PolicyRules.Sample.dll");
        }
    }

    [Fact]
    public void Verify_with_the_samples_project_builds_it_and_checks_its_own_scenarios()
    {
        var (code, output, error) = CliRunner.Run("verify", "--rules", Sample);

        Assert.True(code == 0, output + error);
        Assert.Contains("verify: 2 scenarios, 2 match, 0 differ, 0 missing, 0 errors.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_rules_and_coverage_use_only_the_given_rule_set()
    {
        var (evaluateCode, verdict, _) = CliRunner.Run("evaluate", "--rules", SampleAssembly, Path.Combine(Sample, "Scenarios", "short-sentence.case.json"));
        var (rulesCode, catalogue, _) = CliRunner.Run("rules", "--rules", SampleAssembly, "--format", "json");
        var (coverageCode, coverage, _) = CliRunner.Run("coverage", "--rules", SampleAssembly);

        Assert.Equal((0, 0, 0), (evaluateCode, rulesCode, coverageCode));
        Assert.Contains("house 1.0.0: REVIEW", verdict, StringComparison.Ordinal);
        Assert.DoesNotContain("interpol", verdict, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"HSE-0001\"", catalogue, StringComparison.Ordinal);
        Assert.DoesNotContain("INT-0101", catalogue, StringComparison.Ordinal);
        // The near miss is the 120-month charge: the value is stated and lies on the other side of "less than 24 months".
        Assert.Contains("HSE-0001   fires in   1, near miss in   1  (closest: Scenarios/long-sentence", coverage.Replace('\\', '/'), StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_that_is_no_rule_set_is_one_line_and_exit_code_2()
    {
        var (missingCode, _, missing) = CliRunner.Run("verify", "--rules", "no/such/folder");
        var (notRulesCode, _, notRules) = CliRunner.Run("evaluate", "--rules", typeof(PolicyRules.Snapshots.VerdictChange).Assembly.Location, CliRunner.MotivatingCase);

        Assert.Equal((2, 2), (missingCode, notRulesCode));
        Assert.Equal("policyrules: --rules no/such/folder: no such file or folder; give a rule-set project (.csproj), its folder, or its built .dll.\n", missing.ReplaceLineEndings("\n"));
        Assert.Contains("holds no rule set; mark its assembly with [assembly: PolicyRuleSet(...)]", notRules, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", notRules, StringComparison.Ordinal);
        Assert.Single(notRules.Trim().Split('\n'));
    }

    [Fact]
    public void Evaluate_dash_reads_the_case_from_standard_input()
    {
        var json = File.ReadAllBytes(CliRunner.MotivatingCase);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = new CliApp(stdout, stderr) { Input = () => new MemoryStream(json) }.Run(["evaluate", "-", "--format", "json"]);

        Assert.Equal(0, code);
        Assert.Equal(CliRunner.Run("evaluate", CliRunner.MotivatingCase, "--format", "json").Out, stdout.ToString());
    }

    [Fact]
    public void A_bad_case_on_standard_input_is_named_stdin()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = new CliApp(stdout, stderr) { Input = () => new MemoryStream(Encoding.UTF8.GetBytes("{ nope")) }.Run(["evaluate", "-"]);

        Assert.Equal(2, code);
        Assert.StartsWith("policyrules: stdin", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_usage_line_names_the_tool_policyrules()
    {
        var (code, output, _) = CliRunner.Run("--help");

        Assert.Equal(0, code);
        Assert.Contains("Usage:\n  policyrules [command] [options]", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_of_the_checkout_exits_0_when_every_gap_is_listed_in_the_rule_sets_gap_files()
    {
        var (code, output, error) = CliRunner.Run("coverage", "--format", "json");

        Assert.True(code == 0, output + error);
        using var report = System.Text.Json.JsonDocument.Parse(output);
        Assert.True(report.RootElement.GetProperty("passed").GetBoolean());
        Assert.Contains(
            report.RootElement.GetProperty("knownGaps").EnumerateArray(),
            g => g.GetProperty("ruleId").GetString() == "USX-0607" && g.GetProperty("gap").GetString() == "fires-in-no-scenario");
    }
}
