using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace PolicyRules.Benchmarks.Profiling;

/// <summary>
/// <c>PolicyRules.Benchmarks.dll profile [evaluations]</c>: a warm loop over the canonical scenarios to run under a
/// profiler (perf, dotnet-trace), which also prints where one evaluation's time and bytes go (session creation, inserting
/// the case's facts, firing, on the Rete evaluator; one line for the compiled evaluator) and which types the allocations are. Exploratory figures for reading a profile; the targets
/// are read from the BenchmarkDotNet tables only.
/// </summary>
internal static class ProfileLoop
{
    /// <summary>Runs the loop: <paramref name="warmUp"/> evaluations first (NRules' code needs thousands to settle).</summary>
    public static void Run(TextWriter output, int evaluations, int warmUp = 3_000)
    {
        // The phases are NRules' own (session, insert, fire), so the loop profiles the Rete evaluator; the compiled
        // evaluator gets one line of its own for comparison.
        var engine = Workloads.BuiltInEngine(Engine.PolicyEvaluator.Rete);
        var compiled = Workloads.BuiltInEngine(Engine.PolicyEvaluator.Compiled);
        var cases = Workloads.Scenarios();
        for (var i = 0; i < warmUp; i++)
        {
            engine.Evaluate(cases[i % cases.Count]);
            compiled.Evaluate(cases[i % cases.Count]);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{engine.Rules.Length} rules, {cases.Count} scenarios, {warmUp:N0} warm-up evaluations, then {evaluations:N0} per line:"));
        var factory = engine.SessionFactory;
        Phase(output, "create the session", evaluations, i => factory.CreateSession());
        Phase(output, "create + insert the case's facts", evaluations, i => factory.CreateSession().InsertAll(engine.FactsOf(cases[i % cases.Count])));
        Phase(output, "create + insert + fire", evaluations, i =>
        {
            var session = factory.CreateSession();
            session.InsertAll(engine.FactsOf(cases[i % cases.Count]));
            session.Fire();
        });
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        Phase(output, "Evaluate (all of it, with the verdict)", evaluations, i => engine.Evaluate(cases[i % cases.Count]));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  garbage collections during that line: gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}"));
        Phase(output, "Evaluate on the compiled evaluator (all of it, with the verdict)", evaluations, i => compiled.Evaluate(cases[i % cases.Count]));

        using var allocations = new AllocationSampler();
        for (var i = 0; i < evaluations; i++)
        {
            engine.Evaluate(cases[i % cases.Count]);
        }

        output.WriteLine("allocated types (the runtime's allocation-tick samples, about one per 100 KB):");
        foreach (var (type, share) in allocations.Shares().Take(20))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {share,6:P1}  {type}"));
        }
    }

    private static void Phase(TextWriter output, string what, int evaluations, Action<int> step)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < evaluations; i++)
        {
            step(i);
        }

        var micros = clock.Elapsed.TotalMicroseconds / evaluations;
        var kilobytes = (GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0 / evaluations;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-40} {micros,8:F1} µs {kilobytes,8:F1} KB per case"));
    }

    /// <summary>Sums the runtime's GC allocation-tick events by type name.</summary>
    private sealed class AllocationSampler : EventListener
    {
        private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);

        public IEnumerable<(string Type, double Share)> Shares()
        {
            lock (_bytes)
            {
                var total = (double)Math.Max(1, _bytes.Values.Sum());
                return [.. _bytes.OrderByDescending(b => b.Value).Select(b => (b.Key, b.Value / total))];
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: allocation ticks
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not ("GCAllocationTick_V4" or "GCAllocationTick_V3") || e.Payload is null || e.PayloadNames is null)
            {
                return;
            }

            var type = e.Payload[e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
            lock (_bytes)
            {
                _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
            }
        }
    }
}
