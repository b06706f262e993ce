using CsCheck;
using PolicyRules.Facts;
using PolicyRules.Generation;
using PolicyRules.Json;

namespace PolicyRules.Reliability.Tests.Support;

/// <summary>A case made by the shared case generator, with the seed that makes it again.</summary>
internal sealed record GeneratedCase(int Seed, int? ChargeCount, Case Case)
{
    /// <summary>What a failing property prints: the seed and the whole case, ready to save as a scenario file.</summary>
    public override string ToString() =>
        $"generator seed {Seed}{(ChargeCount is { } n ? $", {n} charges" : string.Empty)} " +
        $"(policyrules generate --seed {Seed}); save the case below as rules/<RuleSet>/Scenarios/<name>.case.json to keep it as a regression scenario:\n" +
        PolicyJson.Canonical(Case);
}

/// <summary>CsCheck generators over the shared <see cref="CaseGenerator"/> (one generator serves benchmarks, batch and these tests).</summary>
internal static class Generated
{
    /// <summary>Generated cases: mostly the generator's own shape (one to four charges), one in ten with 0 to 40 charges.</summary>
    public static Gen<GeneratedCase> Cases { get; } =
        from seed in Gen.Int
        from wide in Gen.Int[0, 9]
        from count in Gen.Int[0, 40]
        let chargeCount = wide == 0 ? count : (int?)null
        select new GeneratedCase(seed, chargeCount, CaseGenerator.Generate(seed, new CaseGeneratorOptions { ChargeCount = chargeCount }));

    /// <summary>
    /// Runs <paramref name="property"/> over generated cases: <paramref name="iterations"/> of them by default, or
    /// POLICYRULES_PROPERTY_ITERATIONS; POLICYRULES_PROPERTY_SEED replays a failing run. One thread, to leave the machine's
    /// other core to the rest of the suite. A failure prints the CsCheck seed, the generator seed and the case JSON.
    /// </summary>
    public static void Check<T>(Gen<T> gen, Action<T> property, int iterations) =>
        CheckExact(gen, property, Budget.PropertyIterations(iterations));

    /// <summary>Runs <paramref name="property"/> exactly <paramref name="iterations"/> times (the caller has already applied its own variable).</summary>
    public static void CheckExact<T>(Gen<T> gen, Action<T> property, int iterations) =>
        gen.Sample(property, iter: iterations, seed: Budget.Seed, threads: 1, print: x => x?.ToString() ?? "null");
}
