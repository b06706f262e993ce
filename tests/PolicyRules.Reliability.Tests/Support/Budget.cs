using System.Globalization;

namespace PolicyRules.Reliability.Tests.Support;

/// <summary>
/// How long the randomised tests run. Each test has a small default so `dotnet test` stays within seconds; the environment
/// variables below scale every test up for a long run (docs/reliability.md shows the commands).
/// </summary>
internal static class Budget
{
    /// <summary>Number of generated cases per property test (default: the test's own small count).</summary>
    public const string PropertyIterationsVariable = "POLICYRULES_PROPERTY_ITERATIONS";

    /// <summary>Number of mutated inputs per fuzz test (default: the test's own small count).</summary>
    public const string FuzzIterationsVariable = "POLICYRULES_FUZZ_ITERATIONS";

    /// <summary>A CsCheck seed to replay one failing run exactly (printed by a failing property).</summary>
    public const string SeedVariable = "POLICYRULES_PROPERTY_SEED";

    /// <summary>A fixed seed for the fuzz tests that draw one per run (printed by each run).</summary>
    public const string FuzzSeedVariable = "POLICYRULES_FUZZ_SEED";

    public static int? FuzzSeed =>
        int.TryParse(Environment.GetEnvironmentVariable(FuzzSeedVariable), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The longest one input may take before the test calls it a hang.</summary>
    public static readonly TimeSpan PerInputTimeout = TimeSpan.FromSeconds(10);

    public static int PropertyIterations(int fallback) => Read(PropertyIterationsVariable, fallback);

    public static int FuzzIterations(int fallback) => Read(FuzzIterationsVariable, fallback);

    public static string? Seed => Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } s ? s : null;

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;
}
