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

        if (args is ["differential", .. var options])
        {
            Environment.Exit(Differential(options));
        }

        // A job on the command line (the smoke pass: --job dry) replaces the suite's own jobs instead of adding to them.
        SuiteJobs.FromCommandLine = args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    /// <summary>
    /// <c>differential [COUNT] [SEED]</c>: generated cases through both evaluators, compared verdict for verdict (the
    /// differential test's check at scale); prints the counts by outcome and exits 1 if any case differs.
    /// </summary>
    private static int Differential(string[] options)
    {
        var count = options.Length > 0 ? long.Parse(options[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        var seed = options.Length > 1 ? int.Parse(options[1], System.Globalization.CultureInfo.InvariantCulture) : Workloads.Seed;
        var comparison = new Snapshots.EvaluatorComparison(Workloads.BuiltInEngine(Engine.PolicyEvaluator.Rete), Workloads.BuiltInEngine(Engine.PolicyEvaluator.Compiled));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = comparison.CompareGenerated(count, seed);
        Console.Out.Write(Snapshots.EvaluatorComparison.Report(result, seed));
        Console.Out.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  took {clock.Elapsed.TotalSeconds:F0} s on {Environment.ProcessorCount} cores"));
        return result.DifferenceCount == 0 ? 0 : 1;
    }
}
