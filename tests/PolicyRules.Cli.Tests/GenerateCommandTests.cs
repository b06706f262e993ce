using PolicyRules.Cases;
using PolicyRules.Testing;

namespace PolicyRules.Cli.Tests;

public sealed class GenerateCommandTests
{
    [Fact]
    public void Generate_writes_one_valid_case_per_line_and_repeats_for_the_same_seed()
    {
        var (code, output, error) = CliRunner.Run("generate", "--count", "5", "--seed", "42");
        var again = CliRunner.Run("generate", "--count", "5", "--seed", "42").Out;

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Equal(output, again);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.All(lines, line => CaseReader.Read(line));
    }

    [Fact]
    public void Generate_to_a_file_with_a_fixed_charge_count()
    {
        using var temp = TestPaths.NewTempFolder();
        var file = temp.File("cases.jsonl");

        var (code, output, _) = CliRunner.Run("generate", "--count", "3", "--seed", "1", "--charges", "10", "--out", file);

        Assert.Equal(0, code);
        Assert.Empty(output);
        var cases = File.ReadAllLines(file).Select(l => CaseReader.Read(l)).ToList();
        Assert.Equal(3, cases.Count);
        Assert.All(cases, c => Assert.Equal(10, c.Charges.Length));
    }

    [Fact]
    public void Negative_count_is_a_usage_error()
    {
        var (code, _, error) = CliRunner.Run("generate", "--count", "-1");

        Assert.Equal(2, code);
        Assert.StartsWith("policyrules: --count", error, StringComparison.Ordinal);
    }
}
