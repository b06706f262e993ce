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
        if (args is ["profile", .. var rest])
        {
            Profiling.ProfileLoop.Run(Console.Out, rest is [var count] ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : 5_000);
            return;
        }

        // A job on the command line (the smoke pass: --job dry) replaces the suite's own jobs instead of adding to them.
        SuiteJobs.FromCommandLine = args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
