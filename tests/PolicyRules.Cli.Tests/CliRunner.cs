using System.Diagnostics;
using PolicyRules.Testing;

namespace PolicyRules.Cli.Tests;

/// <summary>Runs the CLI in-process (fast, most tests) or as a real process (start-up, exit codes as a shell sees them).</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = new CliApp(stdout, stderr).Run(args);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static (int ExitCode, string Out, string Error) RunProcess(string workingDirectory, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "PolicyRules.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"policyrules {string.Join(' ', args)} did not finish in 60 s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    public static string MotivatingCase => TestPaths.InRepository("rules", "PolicyRules.Rules.Interpol", "Scenarios", "motivating-case.case.json");
}
