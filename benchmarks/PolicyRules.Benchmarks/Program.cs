using BenchmarkDotNet.Running;

namespace PolicyRules.Benchmarks;

/// <summary>
/// The benchmark suite. Run everything (see benchmarks/README.md):
/// <c>dotnet run -c Release --project benchmarks/PolicyRules.Benchmarks -- --filter '*' --exporters github json</c>.
/// </summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
