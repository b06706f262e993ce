using System.Text;
using System.Text.Json;
using PolicyRules.Batch;
using PolicyRules.Json;
using PolicyRules.Reliability.Tests.Support;

namespace PolicyRules.Reliability.Tests;

/// <summary>Through `policyrules batch` (its engine, BatchScreening): one poisoned case fails alone, and every other case gets its verdict.</summary>
public sealed class BatchIsolationTests
{
    [Fact]
    public async Task Poisoned_and_malformed_lines_fail_alone_and_every_other_line_gets_the_verdict_it_gets_alone()
    {
        var engine = Engines.TestPart("Poisoned", maxRuleFirings: 500);
        var poison = new Dictionary<int, string> { [5] = "poison-action", [23] = "poison-condition", [61] = "poison-loop" };
        var cases = Enumerable.Range(1, 80)
            .Select(n => SampleCases.WithCharge($"batch case {n}", poison.GetValueOrDefault(n, $"c{n}")))
            .ToList();
        var malformed = new HashSet<int> { 12, 40 };
        var lines = cases.Select((c, i) => malformed.Contains(i + 1) ? "{\"asOf\": \"2026-13-01\"" : JsonSerializer.Serialize(c, PolicyJson.CompactOptions));
        var problems = new List<BatchProblem>();
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
        using var output = new MemoryStream();

        var summary = await new BatchScreening(engine, new BatchOptions { Workers = 2, ChunkLines = 8, Problem = problems.Add })
            .RunAsync(input, output);

        Assert.Equal(80, summary.Lines);
        Assert.Equal(2, summary.Malformed);
        Assert.Equal(3, summary.Failed);
        Assert.False(summary.Stopped);
        Assert.Equal([5L, 12L, 23L, 40L, 61L], problems.Select(p => p.Line));

        var results = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(r => (int)r.GetProperty("line").GetInt64());
        Assert.Equal(78, results.Count);
        foreach (var (number, rule) in new[] { (5, "REL-0922"), (23, "REL-0921"), (61, "REL-0924") })
        {
            var error = results[number].GetProperty("error");
            Assert.Equal(rule, error.GetProperty("ruleId").GetString());
            Assert.Contains($"'batch case {number}'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        for (var n = 1; n <= 80; n++)
        {
            if (poison.ContainsKey(n) || malformed.Contains(n))
            {
                continue;
            }

            var alone = JsonSerializer.Serialize(engine.Evaluate(cases[n - 1]), PolicyJson.CompactOptions);
            Assert.Equal(alone, results[n].GetProperty("verdict").GetRawText());
        }
    }
}
