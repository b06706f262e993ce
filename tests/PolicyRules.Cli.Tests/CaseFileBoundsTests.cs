using PolicyRules.Testing;

namespace PolicyRules.Cli.Tests;

/// <summary>
/// Issue 21, finding 5: a case path that is no ordinary case file ends in one line. Before the fix `evaluate /dev/zero`
/// read until the process ran out of memory (File.ReadAllBytes of a file that reports no length).
/// </summary>
public sealed class CaseFileBoundsTests
{
    [Fact]
    public void Evaluate_of_an_endless_device_stops_at_the_size_limit_with_one_line()
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var (code, output, error) = CliRunner.Run("evaluate", "/dev/zero");

        Assert.Equal(2, code);
        Assert.Empty(output);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Equal("policyrules: /dev/zero: $: the case is more than 1048576 bytes; the limit is 1048576 bytes. Split or trim the case.", line);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, 16L * 1024 * 1024);
    }

    [Fact]
    public void Evaluate_of_endless_standard_input_stops_at_the_size_limit_with_one_line()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var code = new CliApp(stdout, stderr) { Input = () => File.OpenRead("/dev/zero") }.Run(["evaluate", "-"]);

        Assert.Equal(2, code);
        Assert.Equal("policyrules: stdin: $: the case is more than 1048576 bytes; the limit is 1048576 bytes. Split or trim the case.", Assert.Single(stderr.ToString().TrimEnd('\n').Split('\n')));
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, 16L * 1024 * 1024);
    }

    [Fact]
    public void A_large_sparse_file_is_refused_by_its_length_without_reading_it()
    {
        using var temp = TestPaths.NewTempFolder();
        var path = temp.File("huge.case.json");
        using (var file = File.Create(path))
        {
            file.SetLength(3L * 1024 * 1024 * 1024);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var (code, _, error) = CliRunner.Run("evaluate", path);

        Assert.Equal(2, code);
        Assert.Contains("the limit is 1048576 bytes", Assert.Single(error.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, 16L * 1024 * 1024);
    }

    [Fact]
    public void A_file_exactly_at_the_limit_is_read()
    {
        using var temp = TestPaths.NewTempFolder();
        var path = temp.File("padded.case.json");
        var json = File.ReadAllText(CliRunner.MotivatingCase).TrimEnd();
        File.WriteAllText(path, json + new string(' ', 1024 * 1024 - System.Text.Encoding.UTF8.GetByteCount(json)));
        Assert.Equal(1024 * 1024, new FileInfo(path).Length);

        var (code, output, error) = CliRunner.Run("evaluate", path, "--format", "json");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("\"outcome\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_gives_one_line_saying_so()
    {
        using var temp = TestPaths.NewTempFolder();

        var (code, _, error) = CliRunner.Run("evaluate", temp.Path);

        Assert.Equal(2, code);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Contains("is a directory, not a case file", line, StringComparison.Ordinal);
    }
}

/// <summary>
/// Issue 21, finding 5: `batch --out DIR` and `--decision-log DIR` ended in an unhandled exception and a stack trace.
/// </summary>
public sealed class BatchPathTests
{
    [Theory]
    [InlineData("--out", "is a directory; give the path of the results file")]
    [InlineData("--decision-log", "is a directory; give the path of a file")]
    public void A_directory_where_a_file_is_wanted_gives_one_line_and_exit_2(string option, string expected)
    {
        using var temp = TestPaths.NewTempFolder();
        var cases = temp.File("cases.jsonl");
        Assert.Equal(0, CliRunner.Run("generate", "--count", "2", "--seed", "1", "--out", cases).ExitCode);
        string[] args = option == "--out"
            ? ["batch", cases, "--out", temp.Path]
            : ["batch", cases, "--out", temp.File("results.jsonl"), "--decision-log", temp.Path];

        var (code, _, error) = CliRunner.Run(args);

        Assert.Equal(2, code);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_as_the_cases_file_gives_one_line_saying_so()
    {
        using var temp = TestPaths.NewTempFolder();

        var (code, _, error) = CliRunner.Run("batch", temp.Path, "--out", temp.File("results.jsonl"));

        Assert.Equal(2, code);
        Assert.Contains("is a directory; give a JSON Lines file", Assert.Single(error.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
    }

    [Fact]
    public void A_results_file_the_system_refuses_gives_one_line_and_exit_2()
    {
        // /proc/sys/kernel/osrelease cannot be opened for writing even by root (EACCES, which .NET throws as UnauthorizedAccessException).
        using var temp = TestPaths.NewTempFolder();
        var cases = temp.File("cases.jsonl");
        Assert.Equal(0, CliRunner.Run("generate", "--count", "2", "--seed", "1", "--out", cases).ExitCode);

        var (code, _, error) = CliRunner.Run("batch", cases, "--out", "/proc/sys/kernel/osrelease");

        Assert.Equal(2, code);
        Assert.Contains("Check the path and its permissions.", Assert.Single(error.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
