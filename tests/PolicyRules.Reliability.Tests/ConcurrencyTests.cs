using System.Diagnostics;
using PolicyRules.Generation;
using PolicyRules.Json;
using PolicyRules.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace PolicyRules.Reliability.Tests;

/// <summary>Many threads on one shared engine give exactly the verdicts of one thread.</summary>
public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    [Fact]
    public void Many_threads_sharing_one_engine_give_exactly_the_sequential_verdicts()
    {
        var engine = Engines.BuiltIn;
        var cases = CaseGenerator.Stream(Budget.PropertyIterations(300), seed: 1129).ToArray();
        var expected = cases.Select(c => PolicyJson.Canonical(engine.Evaluate(c))).ToArray();

        // Each case is evaluated by several threads at once, in an order that differs per round, for a fixed count.
        const int rounds = 4;
        var actual = new string[rounds * cases.Length];
        var clock = Stopwatch.StartNew();
        var finished = Parallel.For(
            0,
            actual.Length,
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            (i, state) =>
            {
                if (clock.Elapsed > TimeSpan.FromMinutes(2))
                {
                    state.Stop(); // hang guard, not a timing assertion
                    return;
                }

                var index = (int)((i * 7919L) % cases.Length);
                actual[i] = PolicyJson.Canonical(engine.Evaluate(cases[index])) is var v && v == expected[index] ? "same" : v;
            });

        Assert.True(finished.IsCompleted, "the stress run did not finish within its bound");
        var differing = actual.Count(a => a != "same");
        output.WriteLine($"{actual.Length} evaluations of {cases.Length} cases on up to 16 threads in {clock.Elapsed.TotalSeconds:0.0} s; {differing} differed from the sequential verdict.");
        Assert.Equal(0, differing);
    }

    [Fact]
    public async Task Engines_built_on_several_threads_at_once_give_the_same_verdicts()
    {
        // Building is not the hot path, but a server may build lazily from two requests at once.
        var tasks = Enumerable.Range(0, 3).Select(_ => Task.Run(() => Engines.TestPart("Sane"))).ToArray();
        var engines = await Task.WhenAll(tasks);

        var verdicts = engines.Select(e => PolicyJson.Canonical(e.Evaluate(SampleCases.Minimal))).Distinct().ToList();

        Assert.Single(verdicts);
    }
}
