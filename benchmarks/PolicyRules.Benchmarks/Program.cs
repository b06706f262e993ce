using BenchmarkDotNet.Running;

namespace PolicyRules.Benchmarks;

/// <summary>
/// The benchmark suite. Run everything (see benchmarks/README.md):
/// <c>dotnet run -c Release --project benchmarks/PolicyRules.Benchmarks -- --filter '*' --exporters github json</c>.
/// </summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        // A job on the command line (the smoke pass: --job dry) replaces the suite's own jobs instead of adding to them.
        SuiteJobs.FromCommandLine = args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
