using System.Diagnostics;
using PolicyRules.Testing;

namespace PolicyRules.Server.Tests;

/// <summary>
/// The third-party tools the contract tests run: installed by eng/install-contract-tools.sh (which .ci/run calls first);
/// a test that finds one missing runs the script itself, and fails, never skips, when it cannot.
/// </summary>
internal static class ContractTools
{
    private static readonly Lazy<string?> Installed = new(Install);

    public static string Redocly => Require(TestPaths.InRepository("eng", "contract-tools", "node_modules", ".bin", "redocly"));

    /// <summary>Runs a program to completion and returns its exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = TestPaths.RepositoryRoot,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Runs Kiota (the .NET tool of .config/dotnet-tools.json), restoring the tools first when it is missing.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunKiotaAsync(IEnumerable<string> arguments)
    {
        string[] command = ["tool", "run", "kiota", "--", .. arguments];

        // Kiota looks for a newer release on GitHub at every start unless told not to; this machine reaches no such host.
        var environment = new Dictionary<string, string> { ["KIOTA_UPDATE_DISABLED"] = "true", ["DOTNET_NOLOGO"] = "1" };
        var result = await RunAsync("dotnet", command, environment);
        if (result.ExitCode != 0)
        {
            // Most likely the tool is not restored on this machine yet; a second failure is the test's to report.
            EnsureInstalled();
            result = await RunAsync("dotnet", command, environment);
        }

        return result;
    }

    /// <summary>Ensures the tools are installed (running the script at most once per test run).</summary>
    public static void EnsureInstalled()
    {
        if (Installed.Value is { } failure)
        {
            Assert.Fail(failure);
        }
    }

    private static string Require(string path)
    {
        if (!File.Exists(path))
        {
            EnsureInstalled();
        }

        Assert.True(File.Exists(path), $"{path} is missing after eng/install-contract-tools.sh ran; run the script and read its output.");
        return path;
    }

    private static string? Install()
    {
        var (exitCode, output, error) = RunAsync("bash", [TestPaths.InRepository("eng", "install-contract-tools.sh")]).GetAwaiter().GetResult();
        return exitCode == 0 ? null : $"eng/install-contract-tools.sh failed (exit {exitCode}):\n{output}\n{error}";
    }
}
