using PolicyRules.Testing;

namespace PolicyRules.Cli.Tests;

public sealed class BatchCommandTests
{
    [Fact]
    public void Batch_writes_a_result_per_case_and_totals_by_outcome_per_rule_set()
    {
        using var temp = TestPaths.NewTempFolder();
        var cases = temp.File("cases.jsonl");
        var results = temp.File("results.jsonl");
        Assert.Equal(0, CliRunner.Run("generate", "--count", "50", "--seed", "3", "--out", cases).ExitCode);

        var (code, output, error) = CliRunner.Run("batch", cases, "--out", results);

        Assert.Equal(0, code);
        Assert.Equal(50, File.ReadAllLines(results).Length);
        Assert.Contains("50 cases read, 50 evaluated, 0 malformed", output, StringComparison.Ordinal);
        Assert.Contains("  interpol: deny ", output, StringComparison.Ordinal);
        Assert.Contains("  us-extradition: deny ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decision_log_gets_one_whole_record_per_evaluated_case()
    {
        using var temp = TestPaths.NewTempFolder();
        var cases = temp.File("cases.jsonl");
        var log = temp.File("decisions.jsonl");
        Assert.Equal(0, CliRunner.Run("generate", "--count", "20", "--seed", "5", "--out", cases).ExitCode);

        var (code, _, _) = CliRunner.Run("batch", cases, "--out", temp.File("results.jsonl"), "--decision-log", log);

        Assert.Equal(0, code);
        var records = File.ReadAllLines(log);
        Assert.Equal(20, records.Length);
        Assert.All(records, r => Assert.Contains("\"interpol\"", r, StringComparison.Ordinal));
        Assert.Equal(20, records.Select(r => System.Text.Json.JsonDocument.Parse(r).RootElement.GetProperty("caseSha256").GetString()).Distinct().Count());
    }

    [Fact]
    public void Malformed_line_is_named_by_line_number_and_strict_exits_2()
    {
        using var temp = TestPaths.NewTempFolder();
        var cases = temp.File("cases.jsonl");
        var results = temp.File("results.jsonl");
        CliRunner.Run("generate", "--count", "3", "--seed", "3", "--out", cases);
        var lines = File.ReadAllLines(cases);
        File.WriteAllLines(cases, [lines[0], "{oops", lines[1], lines[2]]);

        var skipped = CliRunner.Run("batch", cases, "--out", results);
        Assert.Equal(1, skipped.ExitCode);
        Assert.Contains("cases.jsonl:2: skipped: ", skipped.Error, StringComparison.Ordinal);
        Assert.Equal(3, File.ReadAllLines(results).Length);

        var strict = CliRunner.Run("batch", cases, "--out", results, "--strict");
        Assert.Equal(2, strict.ExitCode);
        Assert.Contains("cases.jsonl:2: ", strict.Error, StringComparison.Ordinal);
        Assert.Single(File.ReadAllLines(results));
    }

    [Fact]
    public void Summary_file_states_the_totals_and_the_skipped_lines_as_json()
    {
        using var temp = TestPaths.NewTempFolder();
        var cases = temp.File("cases.jsonl");
        var summaryPath = temp.File("summary.json");
        CliRunner.Run("generate", "--count", "4", "--seed", "7", "--out", cases);
        var lines = File.ReadAllLines(cases);
        File.WriteAllLines(cases, [lines[0], lines[1], "[]", lines[2], "{oops", lines[3]]);

        var (code, _, _) = CliRunner.Run("batch", cases, "--out", temp.File("results.jsonl"), "--summary", summaryPath);

        Assert.Equal(1, code);
        using var summary = System.Text.Json.JsonDocument.Parse(File.ReadAllText(summaryPath));
        var root = summary.RootElement;
        Assert.Equal((6, 4, 2, 0), (root.GetProperty("lines").GetInt64(), root.GetProperty("evaluated").GetInt64(), root.GetProperty("malformed").GetInt64(), root.GetProperty("failed").GetInt64()));
        Assert.False(root.GetProperty("passed").GetBoolean());
        Assert.Equal([3L, 5L], root.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("line").GetInt64()));
        Assert.All(root.GetProperty("problems").EnumerateArray(), p => Assert.Equal("malformed", p.GetProperty("kind").GetString()));
        var interpol = root.GetProperty("outcomes").GetProperty("interpol");
        Assert.Equal(4, interpol.EnumerateObject().Sum(o => o.Value.GetInt64()));
    }

    [Fact]
    public void A_clean_batch_exits_0_and_its_summary_on_stderr_says_passed()
    {
        using var temp = TestPaths.NewTempFolder();
        var cases = temp.File("cases.jsonl");
        CliRunner.Run("generate", "--count", "5", "--seed", "11", "--out", cases);

        var (code, output, error) = CliRunner.Run("batch", cases, "--out", temp.File("results.jsonl"), "--summary", "-");

        Assert.Equal(0, code);
        Assert.Contains("5 cases read, 5 evaluated, 0 malformed", output, StringComparison.Ordinal);
        var json = error[error.IndexOf('{', StringComparison.Ordinal)..];
        using var summary = System.Text.Json.JsonDocument.Parse(json);
        Assert.True(summary.RootElement.GetProperty("passed").GetBoolean());
        Assert.Equal(5, summary.RootElement.GetProperty("evaluated").GetInt64());
    }

    [Fact]
    public void Missing_input_file_is_one_line_and_exit_2()
    {
        var (code, _, error) = CliRunner.Run("batch", "no-such-file.jsonl", "--out", "x.jsonl");

        Assert.Equal(2, code);
        Assert.StartsWith("policyrules: the cases file", error, StringComparison.Ordinal);
    }
}
