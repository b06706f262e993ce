using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using PolicyRules.Cases;
using PolicyRules.Engine;
using PolicyRules.Facts;
using PolicyRules.Json;
using PolicyRules.Verdicts;

namespace PolicyRules.Batch;

/// <summary>Sees each verdict of a batch run in input order, on the writer's thread (the seam for a decision log).</summary>
public interface IBatchObserver
{
    void OnVerdict(long line, Case policyCase, Verdict verdict);
}

/// <summary>What a batch run is asked to do.</summary>
public sealed record BatchOptions
{
    /// <summary>Stop at the first malformed line instead of reporting and skipping it.</summary>
    public bool Strict { get; init; }

    /// <summary>Evaluation workers; the default uses every core.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Lines per unit of work: large enough to amortise channel hand-offs, small enough to keep memory flat.</summary>
    public int ChunkLines { get; init; } = 256;

    /// <summary>Chunks in flight between reader and writer; with <see cref="ChunkLines"/> this bounds memory whatever the input size.</summary>
    public int ChunksInFlight { get; init; } = 0;

    public CaseLimits Limits { get; init; } = CaseLimits.Default;

    public IBatchObserver? Observer { get; init; }

    /// <summary>Called now and then from the writer with the progress so far (cases written, input bytes consumed).</summary>
    public Action<BatchProgress>? Progress { get; init; }

    /// <summary>Called in input order for each line that could not be read or evaluated.</summary>
    public Action<BatchProblem>? Problem { get; init; }
}

public readonly record struct BatchProgress(long Cases, long BytesConsumed);

public enum BatchProblemKind
{
    Malformed,
    EvaluationFailed,
}

public sealed record BatchProblem(long Line, BatchProblemKind Kind, string Message);

/// <summary>What a batch run did.</summary>
public sealed record BatchSummary
{
    public required long Lines { get; init; }

    public required long Evaluated { get; init; }

    public required long Malformed { get; init; }

    public required long Failed { get; init; }

    /// <summary>True when --strict stopped the run at a malformed line.</summary>
    public required bool Stopped { get; init; }

    /// <summary>Per rule set (in verdict order), how many cases got each outcome (indexed by <see cref="Outcome"/>).</summary>
    public required IReadOnlyList<(string RuleSet, long[] ByOutcome)> Outcomes { get; init; }
}

/// <summary>
/// Screens a JSON Lines file of cases with all cores and writes one result line per case, in input order:
/// <c>{"line":N,"verdict":{...}}</c>, or <c>{"line":N,"error":{...}}</c> when a rule failed on that case. A reader thread cuts
/// the input into chunks of lines, workers parse and evaluate whole chunks, and the writer takes chunks back in the order the
/// reader made them. Both hand-offs are bounded channels, so memory stays flat however large the input is.
/// </summary>
public sealed class BatchScreening(PolicyEngine engine, BatchOptions options)
{
    private static readonly int OutcomeCount = Enum.GetValues<Outcome>().Length;

    // Past this, a line is refused without being held in memory: the case reader would refuse it anyway.
    private readonly int _maxLineBytes = options.Limits.MaxBytes;

    public async Task<BatchSummary> RunAsync(Stream input, Stream output, CancellationToken cancellationToken = default)
    {
        var workers = Math.Max(1, options.Workers);
        var inFlight = options.ChunksInFlight > 0 ? options.ChunksInFlight : workers * 4;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var work = Channel.CreateBounded<Chunk>(new BoundedChannelOptions(inFlight) { SingleWriter = true });
        var ordered = Channel.CreateBounded<Chunk>(new BoundedChannelOptions(inFlight) { SingleWriter = true, SingleReader = true });

        var reader = Task.Run(() => ReadAsync(input, work.Writer, ordered.Writer, stop.Token), CancellationToken.None);
        var evaluators = Enumerable.Range(0, workers)
            .Select(_ => Task.Run(() => EvaluateAsync(work.Reader, stop.Token), CancellationToken.None))
            .ToArray();
        var summary = await WriteAsync(ordered.Reader, output, stop).ConfigureAwait(false);

        // The writer has seen every chunk (or stopped the run); the others end promptly either way.
        await stop.CancelAsync().ConfigureAwait(false);
        await Quietly(reader).ConfigureAwait(false);
        foreach (var evaluator in evaluators)
        {
            await Quietly(evaluator).ConfigureAwait(false);
        }

        return summary;
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        catch (ChannelClosedException)
        {
        }
    }

    private async Task ReadAsync(Stream input, ChannelWriter<Chunk> work, ChannelWriter<Chunk> ordered, CancellationToken token)
    {
        Exception? failure = null;
        try
        {
            var buffer = new byte[1 << 16];
            int start = 0, end = 0;
            long lineNumber = 0;
            var eof = false;
            var skippingLongLine = false;
            var chunk = new Chunk(options.ChunkLines);
            while (true)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline < 0 && !eof)
                {
                    if (end - start > _maxLineBytes)
                    {
                        // Keep counting the line but drop its bytes until its end.
                        if (!skippingLongLine)
                        {
                            lineNumber++;
                            chunk.AddTooLong(lineNumber, _maxLineBytes);
                            skippingLongLine = true;
                        }

                        chunk.InputBytes += end - start;
                        start = end = 0;
                    }

                    if (start > 0)
                    {
                        buffer.AsSpan(start, end - start).CopyTo(buffer);
                        end -= start;
                        start = 0;
                    }

                    if (end == buffer.Length)
                    {
                        Array.Resize(ref buffer, buffer.Length * 2);
                    }

                    var read = await input.ReadAsync(buffer.AsMemory(end), token).ConfigureAwait(false);
                    if (read == 0)
                    {
                        eof = true;
                    }

                    end += read;
                    continue;
                }

                if (newline < 0 && start == end)
                {
                    break;
                }

                var length = newline < 0 ? end - start : newline;
                var consumed = newline < 0 ? length : length + 1;
                chunk.InputBytes += consumed;
                if (skippingLongLine)
                {
                    skippingLongLine = false;
                }
                else
                {
                    lineNumber++;
                    var line = buffer.AsSpan(start, length);
                    if (line.Length > 0 && line[^1] == (byte)'\r')
                    {
                        line = line[..^1];
                    }

                    // Blank lines (e.g. a trailing newline pair) are not cases; they are counted for line numbers only.
                    if (!line.Trim((byte)' ').IsEmpty)
                    {
                        chunk.Add(lineNumber, line);
                    }
                }

                start += consumed;
                if (chunk.Count == options.ChunkLines)
                {
                    await Send(chunk).ConfigureAwait(false);
                    chunk = new Chunk(options.ChunkLines);
                }
            }

            if (chunk.Count > 0 || chunk.InputBytes > 0)
            {
                await Send(chunk).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failure = e;
        }
        finally
        {
            work.TryComplete();
            ordered.TryComplete(failure);
        }

        async ValueTask Send(Chunk c)
        {
            // Ordered first: the writer must know the chunk's place before any worker can finish it.
            await ordered.WriteAsync(c, token).ConfigureAwait(false);
            await work.WriteAsync(c, token).ConfigureAwait(false);
        }
    }

    private async Task EvaluateAsync(ChannelReader<Chunk> work, CancellationToken token)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        await using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = PolicyJson.CompactOptions.Encoder, SkipValidation = true });
        await foreach (var chunk in work.ReadAllAsync(token).ConfigureAwait(false))
        {
            try
            {
                Evaluate(chunk, buffer, json);
                chunk.Done.TrySetResult();
            }
            catch (Exception e)
            {
                chunk.Done.TrySetException(e);
            }
        }
    }

    private void Evaluate(Chunk chunk, ArrayBufferWriter<byte> buffer, Utf8JsonWriter json)
    {
        buffer.ResetWrittenCount();
        var ruleSets = engine.RuleSets;
        chunk.Outcomes = new long[ruleSets.Length * OutcomeCount];
        for (var i = 0; i < chunk.Count; i++)
        {
            ref var line = ref chunk.Lines[i];
            if (line.TooLong)
            {
                line.Problem = new BatchProblem(line.Number, BatchProblemKind.Malformed, string.Create(CultureInfo.InvariantCulture, $"$: the case is longer than {_maxLineBytes} bytes; the limit is {_maxLineBytes} bytes. Split or trim the case."));
                line.OutputEnd = buffer.WrittenCount;
                continue;
            }

            var (policyCase, problems) = CaseReader.TryRead(chunk.Input.AsMemory(line.Start, line.Length), options.Limits);
            if (policyCase is null)
            {
                var message = string.Join("; ", problems.Select(p => $"{p.Path}: {p.Message}"));
                line.Problem = new BatchProblem(line.Number, BatchProblemKind.Malformed, message);
                line.OutputEnd = buffer.WrittenCount;
                continue;
            }

            json.Reset(buffer);
            json.WriteStartObject();
            json.WriteNumber("line"u8, line.Number);
            try
            {
                var verdict = engine.Evaluate(policyCase);
                json.WritePropertyName("verdict"u8);
                JsonSerializer.Serialize(json, verdict, PolicyJson.CompactOptions);
                for (var r = 0; r < verdict.RuleSets.Length && r < ruleSets.Length; r++)
                {
                    chunk.Outcomes[(r * OutcomeCount) + (int)verdict.RuleSets[r].Outcome]++;
                }

                if (options.Observer is not null)
                {
                    line.Case = policyCase;
                    line.Verdict = verdict;
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One bad case never ends the batch: the error takes the verdict's place in the output.
                json.WriteStartObject("error"u8);
                if ((e as PolicyEngineException)?.RuleId is { } rule)
                {
                    json.WriteString("ruleId"u8, rule);
                }

                json.WriteString("message"u8, e.Message);
                json.WriteEndObject();
                line.Problem = new BatchProblem(line.Number, BatchProblemKind.EvaluationFailed, e.Message);
            }

            json.WriteEndObject();
            json.Flush();
            buffer.Write("\n"u8);
            line.OutputEnd = buffer.WrittenCount;
        }

        chunk.Output = buffer.WrittenSpan.ToArray();
        chunk.Input = [];
    }

    private async Task<BatchSummary> WriteAsync(ChannelReader<Chunk> ordered, Stream output, CancellationTokenSource stop)
    {
        long lines = 0, evaluated = 0, malformed = 0, failed = 0, bytes = 0;
        var outcomes = new long[engine.RuleSets.Length * OutcomeCount];
        var stopped = false;
        var lastProgress = Environment.TickCount64;
        await foreach (var chunk in ordered.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            await chunk.Done.Task.ConfigureAwait(false);
            var written = 0;
            for (var i = 0; i < chunk.Count; i++)
            {
                ref var line = ref chunk.Lines[i];
                if (line.Problem is { Kind: BatchProblemKind.Malformed } problem && options.Strict)
                {
                    await output.WriteAsync(chunk.Output.AsMemory(written, (i == 0 ? 0 : chunk.Lines[i - 1].OutputEnd) - written), CancellationToken.None).ConfigureAwait(false);
                    options.Problem?.Invoke(problem);
                    malformed++;
                    lines++;
                    stopped = true;
                    break;
                }

                lines++;
                if (line.Problem is { } p)
                {
                    options.Problem?.Invoke(p);
                    if (p.Kind == BatchProblemKind.Malformed)
                    {
                        malformed++;
                    }
                    else
                    {
                        failed++;
                    }
                }
                else
                {
                    evaluated++;
                    if (options.Observer is { } observer)
                    {
                        observer.OnVerdict(line.Number, line.Case!, line.Verdict!);
                    }
                }
            }

            if (stopped)
            {
                // The totals leave out the stopped chunk's verdicts; a strict stop is about the bad line, not the counts.
                await stop.CancelAsync().ConfigureAwait(false);
                break;
            }

            await output.WriteAsync(chunk.Output, CancellationToken.None).ConfigureAwait(false);
            for (var k = 0; k < outcomes.Length; k++)
            {
                outcomes[k] += chunk.Outcomes[k];
            }

            bytes += chunk.InputBytes;
            if (options.Progress is { } progress && Environment.TickCount64 - lastProgress >= 100)
            {
                lastProgress = Environment.TickCount64;
                progress(new BatchProgress(evaluated + failed, bytes));
            }
        }

        await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        options.Progress?.Invoke(new BatchProgress(evaluated + failed, bytes));
        return new BatchSummary
        {
            Lines = lines,
            Evaluated = evaluated,
            Malformed = malformed,
            Failed = failed,
            Stopped = stopped,
            Outcomes = [.. engine.RuleSets.Select((rs, r) => (rs.Name, outcomes.AsSpan(r * OutcomeCount, OutcomeCount).ToArray()))],
        };
    }

    private struct Line
    {
        public long Number;
        public int Start;
        public int Length;
        public bool TooLong;
        public int OutputEnd;
        public BatchProblem? Problem;
        public Case? Case;
        public Verdict? Verdict;
    }

    /// <summary>A run of consecutive input lines: their bytes in one buffer, then their results in another.</summary>
    private sealed class Chunk(int capacity)
    {
        public Line[] Lines { get; } = new Line[capacity];

        public byte[] Input { get; set; } = new byte[capacity * 1024];

        public int InputLength { get; private set; }

        public int Count { get; private set; }

        public long InputBytes { get; set; }

        public byte[] Output { get; set; } = [];

        public long[] Outcomes { get; set; } = [];

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Add(long number, ReadOnlySpan<byte> bytes)
        {
            if (InputLength + bytes.Length > Input.Length)
            {
                var input = Input;
                Array.Resize(ref input, Math.Max(Input.Length * 2, InputLength + bytes.Length));
                Input = input;
            }

            bytes.CopyTo(Input.AsSpan(InputLength));
            Lines[Count++] = new Line { Number = number, Start = InputLength, Length = bytes.Length };
            InputLength += bytes.Length;
        }

        public void AddTooLong(long number, int limit) =>
            Lines[Count++] = new Line { Number = number, TooLong = true, Length = limit };
    }
}
