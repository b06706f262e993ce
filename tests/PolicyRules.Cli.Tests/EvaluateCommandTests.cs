using PolicyRules.Testing;

namespace PolicyRules.Cli.Tests;

public sealed class EvaluateCommandTests
{
    [Fact]
    public void Evaluate_prints_both_rule_sets_with_cited_reasons_and_exits_0()
    {
        var (code, output, error) = CliRunner.Run("evaluate", CliRunner.MotivatingCase);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("interpol ", output, StringComparison.Ordinal);
        Assert.Contains("us-extradition ", output, StringComparison.Ordinal);
        // The instrument is spelled out by the rule set (e.g. "INTERPOL Rules on the Processing of Data ..."); only the shape is pinned here.
        Assert.Matches(@"cites [^\n]+ Art\. ", output);
    }

    [Fact]
    public void Json_format_is_the_canonical_verdict()
    {
        var (code, output, _) = CliRunner.Run("evaluate", CliRunner.MotivatingCase, "--format", "json", "--rule-set", "interpol");

        Assert.Equal(0, code);
        var verdict = Json.PolicyJson.ParseVerdict(output);
        Assert.Equal("interpol", Assert.Single(verdict.RuleSets).RuleSet);
    }

    [Fact]
    public void Both_evaluators_print_the_same_verdict_byte_for_byte()
    {
        var (compiledCode, compiled, _) = CliRunner.Run("evaluate", CliRunner.MotivatingCase, "--format", "json", "--evaluator", "compiled");
        var (reteCode, rete, _) = CliRunner.Run("evaluate", CliRunner.MotivatingCase, "--format", "json", "--evaluator", "rete");

        Assert.Equal(0, compiledCode);
        Assert.Equal(0, reteCode);
        Assert.Contains("\"outcome\": ", compiled, StringComparison.Ordinal);
        Assert.Equal(rete, compiled);
    }

    [Fact]
    public void Unknown_evaluator_exits_2_naming_the_choices()
    {
        var (code, output, error) = CliRunner.Run("evaluate", CliRunner.MotivatingCase, "--evaluator", "fast");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("fast", error, StringComparison.Ordinal);
        Assert.Contains("compiled", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_format_has_a_heading_per_rule_set()
    {
        var (code, output, _) = CliRunner.Run("evaluate", CliRunner.MotivatingCase, "--format", "markdown");

        Assert.Equal(0, code);
        Assert.Contains("## interpol", output, StringComparison.Ordinal);
        Assert.Contains("## us-extradition", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_case_exits_2_with_one_line_per_problem_and_no_stack_trace()
    {
        using var temp = TestPaths.NewTempFolder();
        var path = temp.File("bad.case.json");
        File.WriteAllText(path, File.ReadAllText(CliRunner.MotivatingCase).Replace("\"embezzlement\"", "\"embezzlment\"", StringComparison.Ordinal));

        var (code, output, error) = CliRunner.Run("evaluate", path);

        Assert.Equal(2, code);
        Assert.Empty(output);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"policyrules: {path}:", line, StringComparison.Ordinal);
        Assert.Contains("$.charges[0].category: unknown value \"embezzlment\"", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate", "/nonexistent/case.json")]
    [InlineData("evaluate")]
    [InlineData("evaluate", "x.json", "--format", "pdf")]
    [InlineData("frobnicate")]
    [InlineData("evaluate", "x.json", "--rule-set", "nope")]
    public void Bad_usage_exits_2_with_a_one_line_message(params string[] args)
    {
        if (args.Length == 5)
        {
            args[1] = CliRunner.MotivatingCase;
        }

        var (code, _, error) = CliRunner.Run(args);

        Assert.Equal(2, code);
        Assert.StartsWith("policyrules: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_process_evaluates_the_motivating_case()
    {
        var (code, output, error) = CliRunner.RunProcess(TestPaths.RepositoryRoot, "evaluate", CliRunner.MotivatingCase);

        Assert.True(code == 0, error);
        Assert.Contains("interpol ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_process_exits_2_on_a_missing_case()
    {
        var (code, output, error) = CliRunner.RunProcess(TestPaths.RepositoryRoot, "evaluate", "missing.case.json");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("cannot read the case file", error, StringComparison.Ordinal);
    }
}
