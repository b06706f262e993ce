using System.Text;
using System.Text.Json;
using PolicyRules.Batch;
using PolicyRules.Facts;
using PolicyRules.Generation;
using PolicyRules.Json;
using PolicyRules.Tests.TestRuleSet;

namespace PolicyRules.Tests;

public sealed class BatchScreeningTests
{
    private static string Lines(IEnumerable<Case> cases) =>
        string.Concat(cases.Select(c => JsonSerializer.Serialize(c, PolicyJson.CompactOptions) + "\n"));

    private static async Task<(BatchSummary Summary, string[] Output, List<BatchProblem> Problems)> Run(string input, BatchOptions? options = null)
    {
        var problems = new List<BatchProblem>();
        options = (options ?? new BatchOptions()) with { Problem = problems.Add };
        using var inStream = new MemoryStream(Encoding.UTF8.GetBytes(input));
        using var outStream = new MemoryStream();
        var summary = await new BatchScreening(TestEngines.Valid, options).RunAsync(inStream, outStream);
        var output = Encoding.UTF8.GetString(outStream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (summary, output, problems);
    }

    private static long LineOf(string resultLine) => JsonDocument.Parse(resultLine).RootElement.GetProperty("line").GetInt64();

    [Fact]
    public async Task Results_come_out_in_input_order_with_the_verdict_each_case_gets_alone()
    {
        var cases = CaseGenerator.Stream(1_000, seed: 5).ToList();

        // Small chunks and several workers, so chunks finish out of order and the writer must put them back.
        var (summary, output, problems) = await Run(Lines(cases), new BatchOptions { Workers = 4, ChunkLines = 7, ChunksInFlight = 3 });

        Assert.Empty(problems);
        Assert.Equal(1_000, summary.Evaluated);
        Assert.Equal(Enumerable.Range(1, 1_000).Select(i => (long)i), output.Select(LineOf));
        for (var i = 0; i < cases.Count; i += 97)
        {
            var expected = JsonSerializer.Serialize(TestEngines.Valid.Evaluate(cases[i]), PolicyJson.CompactOptions);
            Assert.Equal(expected, JsonDocument.Parse(output[i]).RootElement.GetProperty("verdict").GetRawText());
        }

        Assert.Equal(1_000, summary.Outcomes.Single().ByOutcome.Sum());
    }

    [Fact]
    public async Task Malformed_line_is_reported_with_its_number_and_skipped_and_blank_lines_are_not_cases()
    {
        var good = Lines(CaseGenerator.Stream(3, seed: 9)).Split('\n');
        var input = $"{good[0]}\n{{\"asOf\": 12}}\n\n{good[1]}\r\nnot json\n{good[2]}";

        var (summary, output, problems) = await Run(input, new BatchOptions { ChunkLines = 2 });

        Assert.Equal([1L, 4L, 6L], output.Select(LineOf));
        Assert.Equal([2L, 5L], problems.Select(p => p.Line));
        Assert.All(problems, p => Assert.Equal(BatchProblemKind.Malformed, p.Kind));
        Assert.Equal(5, summary.Lines);
        Assert.Equal(2, summary.Malformed);
        Assert.False(summary.Stopped);
    }

    [Fact]
    public async Task Strict_stops_at_the_first_malformed_line_after_writing_the_results_before_it()
    {
        var good = Lines(CaseGenerator.Stream(4, seed: 9)).Split('\n');
        var input = $"{good[0]}\n{good[1]}\n[]\n{good[2]}\n{good[3]}\n";

        var (summary, output, problems) = await Run(input, new BatchOptions { Strict = true, ChunkLines = 2 });

        Assert.True(summary.Stopped);
        Assert.Equal([1L, 2L], output.Select(LineOf));
        Assert.Equal(3, Assert.Single(problems).Line);
    }

    [Fact]
    public async Task A_rule_that_throws_on_one_case_is_reported_and_the_batch_goes_on()
    {
        var cases = CaseGenerator.Stream(5, seed: 2, new CaseGeneratorOptions { ChargeCount = 1 }).ToList();
        cases[2] = cases[2] with { Charges = [cases[2].Charges[0] with { Id = "boom" }] };
        var problems = new List<BatchProblem>();
        using var inStream = new MemoryStream(Encoding.UTF8.GetBytes(Lines(cases)));
        using var outStream = new MemoryStream();

        var summary = await new BatchScreening(TestEngines.Create("Throwing"), new BatchOptions { Problem = problems.Add })
            .RunAsync(inStream, outStream);

        var output = Encoding.UTF8.GetString(outStream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, output.Length);
        Assert.Equal(4, summary.Evaluated);
        Assert.Equal(1, summary.Failed);
        var failure = Assert.Single(problems);
        Assert.Equal(3, failure.Line);
        Assert.Equal(BatchProblemKind.EvaluationFailed, failure.Kind);
        Assert.Equal("TST-0901", JsonDocument.Parse(output[2]).RootElement.GetProperty("error").GetProperty("ruleId").GetString());
    }

    [Fact]
    public async Task Observer_sees_every_verdict_in_input_order()
    {
        var observer = new Recorder();

        await Run(Lines(CaseGenerator.Stream(300, seed: 4)), new BatchOptions { Workers = 3, ChunkLines = 10, Observer = observer });

        Assert.Equal(Enumerable.Range(1, 300).Select(i => (long)i), observer.Lines);
    }

    private sealed class Recorder : IBatchObserver
    {
        public List<long> Lines { get; } = [];

        public void OnVerdict(long line, Case policyCase, Verdicts.Verdict verdict) => Lines.Add(line);
    }
}
