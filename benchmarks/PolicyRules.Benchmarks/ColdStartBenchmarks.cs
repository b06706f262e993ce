using System.Diagnostics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace PolicyRules.Benchmarks;

/// <summary>
/// Cold start: one whole <c>policyrules evaluate</c> process on the motivating case, from launch to exit, as a user
/// runs it. Two builds of the same tool: the plain build (every method JIT-compiled at start-up) and a ReadyToRun
/// publish for this machine's runtime identifier (most methods precompiled), which is how the tool is meant to be
/// installed where start-up matters.
/// </summary>
[Config(typeof(ProcessConfig))]
public class ColdStartBenchmarks
{
    private string _dll = "";
    private string _case = "";

    /// <summary>The builds to time; the smoke pass times only the build already on disk.</summary>
    public static IEnumerable<string> Builds => SuiteJobs.Smoke ? ["jit"] : ["jit", "ready-to-run"];

    [ParamsSource(nameof(Builds))]
    public string Build { get; set; } = "jit";

    [GlobalSetup]
    public void Setup()
    {
        var root = Workloads.RepositoryRoot();
        _case = Path.Combine(root, "rules", "PolicyRules.Rules.Interpol", "Scenarios", "motivating-case.case.json");
        _dll = Build == "jit" ? BuiltTool(root) : PublishReadyToRun(root);
    }

    /// <summary><c>policyrules evaluate motivating-case.case.json</c>: start, read, build the engine, evaluate, print, exit.</summary>
    [Benchmark(Description = "policyrules evaluate, whole process")]
    public int Evaluate() => Run("dotnet", _dll, "evaluate", _case);

    // The benchmark project references the CLI without using it, so the tool is built next to it in the same configuration.
    private static string BuiltTool(string root)
    {
        var configuration = typeof(ColdStartBenchmarks).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;
        var dll = Path.Combine(root, "src", "PolicyRules.Cli", "bin", configuration, "net10.0", "PolicyRules.Cli.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is missing; build the solution in {configuration} first.");
    }

    private static string PublishReadyToRun(string root)
    {
        var output = Path.Combine(Path.GetTempPath(), "policyrules-cold-start-r2r");
        Run("dotnet", "publish", Path.Combine(root, "src", "PolicyRules.Cli"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
            "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", output);
        return Path.Combine(output, "PolicyRules.Cli.dll");
    }

    /// <summary>Runs a process to its end; a non-zero exit is an error. Returns how many characters it printed.</summary>
    private static int Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var printed = process.StandardOutput.ReadToEnd().Length;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {stderr.Result.Trim()}");
        }

        return printed;
    }
}
