using CsCheck;
using PolicyRules.Json;
using PolicyRules.Reliability.Tests.Support;

namespace PolicyRules.Reliability.Tests;

/// <summary>The same case gives byte-identical canonical verdict JSON across runs, threads and fact insertion orders.</summary>
public sealed class DeterminismProperties
{
    [Fact]
    public void Same_case_gives_byte_identical_verdict_json_across_runs()
    {
        Generated.Check(Generated.Cases, g =>
        {
            var first = PolicyJson.Canonical(Engines.BuiltIn.Evaluate(g.Case));
            var second = PolicyJson.Canonical(Engines.BuiltIn.Evaluate(g.Case));
            Assert.Equal(first, second);
        }, iterations: 150);
    }

    [Fact]
    public void Same_case_gives_byte_identical_verdict_json_on_parallel_threads()
    {
        Generated.Check(Generated.Cases, g =>
        {
            var expected = PolicyJson.Canonical(Engines.BuiltIn.Evaluate(g.Case));
            var results = new string[4];
            Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = PolicyJson.Canonical(Engines.BuiltIn.Evaluate(g.Case)));
            Assert.All(results, r => Assert.Equal(expected, r));
        }, iterations: 60);
    }

    [Fact]
    public void Fact_insertion_order_never_changes_the_verdict_json()
    {
        var gen = Generated.Cases.Select(Gen.Int, (g, shuffle) => (Generated: g, Shuffle: shuffle));
        Generated.Check(gen, x =>
        {
            var engine = Engines.BuiltIn;
            var expected = PolicyJson.Canonical(engine.Evaluate(x.Generated.Case));
            var random = new Random(x.Shuffle);
            var shuffled = engine.Evaluate(x.Generated.Case, observe: null, facts => [.. facts.OrderBy(_ => random.Next())]);
            var reversed = engine.Evaluate(x.Generated.Case, observe: null, facts => [.. Enumerable.Reverse(facts)]);
            Assert.Equal(expected, PolicyJson.Canonical(shuffled));
            Assert.Equal(expected, PolicyJson.Canonical(reversed));
        }, iterations: 150);
    }
}
