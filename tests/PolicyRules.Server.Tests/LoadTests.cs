using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PolicyRules.Cases;
using PolicyRules.Json;
using PolicyRules.Rules.Interpol;
using PolicyRules.Rules.UsExtradition;
using PolicyRules.Rules.UsImmigration;
using PolicyRules.Testing;

namespace PolicyRules.Server.Tests;

/// <summary>
/// Many concurrent clients against one real server; every answer must equal the engine's own verdict for that case.
/// The default run is small so `dotnet test` stays quick on two cores; POLICYRULES_LOAD_REQUESTS=20000 runs the full
/// load and writes benchmarks/results/server-load.md.
/// </summary>
public sealed class LoadTests
{
    private const int Clients = 32;

    [Fact]
    public async Task Evaluate_ManyConcurrentClients_EveryAnswerIsTheEnginesVerdict()
    {
        var full = int.TryParse(Environment.GetEnvironmentVariable("POLICYRULES_LOAD_REQUESTS"), CultureInfo.InvariantCulture, out var n) && n > 0;
        var total = full ? n : 1_000;
        var cases = Cases();
        var engine = Engine.PolicyEngine.Create(InterpolRuleSet.Assembly, UsExtraditionRuleSet.Assembly, UsImmigrationRuleSet.Assembly);
        var expected = cases.Select(c => PolicyJson.Canonical(engine.Evaluate(CaseReader.Read(c)))).ToArray();
        var bodies = cases.Select(Encoding.UTF8.GetBytes).ToArray();

        var (app, address) = await ServerFixture.StartAsync("--PolicyRules:Token=load");
        await using var _ = app;
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "load");

        // Warm up JIT and connections so the numbers are about steady state.
        for (var i = 0; i < 50; i++)
        {
            using var warm = await client.PostAsync("v1/evaluate", Content(bodies[i % bodies.Length]));
            warm.EnsureSuccessStatusCode();
        }

        var latencies = new double[total];
        var wrong = new ConcurrentBag<string>();
        var next = -1;
        using var deadline = new CancellationTokenSource(full ? TimeSpan.FromMinutes(5) : TimeSpan.FromSeconds(50));
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
            {
                var which = i % bodies.Length;
                var start = Stopwatch.GetTimestamp();
                using var response = await client.PostAsync("v1/evaluate", Content(bodies[which]), deadline.Token);
                var text = await response.Content.ReadAsStringAsync(deadline.Token);
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK || text != expected[which])
                {
                    wrong.Add($"request {i} (case {which}): {(int)response.StatusCode}");
                }
            }
        })));
        clock.Stop();

        Assert.Empty(wrong);
        Array.Sort(latencies);
        var p50 = Percentile(latencies, 0.50);
        var p99 = Percentile(latencies, 0.99);
        var perSecond = total / clock.Elapsed.TotalSeconds;
        if (full)
        {
            Write(total, cases.Length, clock.Elapsed, p50, p99, perSecond);
        }
    }

    private static ByteArrayContent Content(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>Every scenario case in the repository, plus the minimal case, so answers differ between requests.</summary>
    private static string[] Cases() =>
    [
        .. Directory.EnumerateFiles(TestPaths.InRepository("rules"), "*.case.json", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText),
        TestBodies.Minimal,
    ];

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    // The client's 32 tasks alone keep both cores busy, so a load average up to twice the core count is this test itself.
    private static string LoadNote() =>
        File.Exists("/proc/loadavg") && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture, out var load)
            && load <= 2 * Environment.ProcessorCount
            ? "no other work of note on the machine; the figures are this run's own wall-clock times"
            : "other work shared the machine, so these are floors, not a benchmark";

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static void Write(int total, int distinct, TimeSpan elapsed, double p50, double p99, double perSecond)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder()
            .AppendLine("# Server load test")
            .AppendLine()
            .AppendLine("Written by `LoadTests` in tests/PolicyRules.Server.Tests when run with `POLICYRULES_LOAD_REQUESTS` set:")
            .AppendLine()
            .AppendLine("```sh")
            .AppendLine(inv, $"POLICYRULES_LOAD_REQUESTS={total} dotnet test tests/PolicyRules.Server.Tests -c Release --filter LoadTests")
            .AppendLine("```")
            .AppendLine()
            .AppendLine(inv, $"POST /v1/evaluate over a real Kestrel listener on 127.0.0.1 with a real HttpClient (HTTP/1.1, keep-alive), {Clients} concurrent clients,")
            .AppendLine(inv, $"{distinct} distinct cases (every scenario in rules/ and a minimal case) in rotation, bearer token on. Every answer was compared byte for byte")
            .AppendLine("with the engine's own canonical verdict for that case: all matched. Client and server share the machine's cores.")
            .AppendLine()
            .AppendLine("| requests | clients | wall time | requests/s | p50 latency | p99 latency |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|")
            .AppendLine(inv, $"| {total:N0} | {Clients} | {elapsed.TotalSeconds:0.0} s | {perSecond:N0} | {p50:0.00} ms | {p99:0.00} ms |")
            .AppendLine()
            .AppendLine(inv, $"Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version};")
            .AppendLine(inv, $"load average at the end of the run: {LoadAverage()} ({LoadNote()}).")
            .ToString();
        var path = TestPaths.InRepository("benchmarks", "results", "server-load.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
