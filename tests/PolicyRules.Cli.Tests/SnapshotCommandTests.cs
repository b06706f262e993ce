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
        File.WriteAllText(verdict, File.ReadAllText(verdict).Replace("\"outcome\": \"deny\"", "\"outcome\": \"allow\"", StringComparison.Ordinal));

        var (code, output, _) = CliRunner.Run("verify", corpus.Path);

        Assert.Equal(1, code);
        Assert.Contains("DIFFERS: ", output, StringComparison.Ordinal);
        Assert.Contains("motivating-case.case.json", output, StringComparison.Ordinal);
        Assert.Contains("-      \"outcome\": \"allow\",", output, StringComparison.Ordinal);
        Assert.Contains("+      \"outcome\": \"deny\",", output, StringComparison.Ordinal);
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
