using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PolicyRules.Facts;
using PolicyRules.Json;
using PolicyRules.Verdicts;

namespace PolicyRules.Decisions;

/// <summary>
/// An append-only JSON Lines record of evaluations, one line per verdict: when, a SHA-256 of the canonical case, and per
/// rule set its version, outcome and the rule IDs that fired (those whose findings are in the verdict). The case itself is
/// never written, only its hash, so the log can be kept where case data may not. Safe to share between threads.
/// </summary>
/// <remarks>
/// Each record is built in full, then appended with a single write call, so a process killed at any moment leaves whole
/// lines only. A write that fails part-way (a full disk) is rolled back: the file is cut back to where the record began
/// before the failure is reported, and if even that fails, the next record repairs the file first or is refused. A torn
/// tail can still come from a machine that loses power mid-write; opening the log drops such a tail (the bytes after the
/// last line end) before anything is appended, so a reopened log never holds a partial record.
/// One writer per log at a time, held by an exclusive lock on a sibling <c>.lock</c> file; readers are never blocked.
/// </remarks>
public sealed class DecisionLog : IDecisionRecorder, IDisposable
{
    private readonly Stream _file;
    private readonly FileStream _writerLock;
    private readonly DecisionLogOptions _options;
    private readonly Lock _gate = new();
    private bool _disposed;

    // Where a failed write began, while the bytes it may have left are not yet cut off.
    private long? _tornAt;

    private DecisionLog(string path, Stream file, FileStream writerLock, DecisionLogOptions options)
    {
        Path = path;
        _file = file;
        _writerLock = writerLock;
        _options = options;
    }

    /// <summary>The full path of the log file.</summary>
    public string Path { get; }

    /// <summary>Opens (or creates) a decision log for appending, first dropping any partial record at its end.</summary>
    /// <exception cref="IOException">The file cannot be opened, e.g. another process is writing it.</exception>
    public static DecisionLog Open(string path, DecisionLogOptions? options = null) => Open(path, options, file => file);

    /// <summary>Opens the log with its file seen through <paramref name="wrap"/>: the tests' way to make a write fail part-way.</summary>
    internal static DecisionLog Open(string path, DecisionLogOptions? options, Func<FileStream, Stream> wrap)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"The decision log `{full}` is a directory; give the path of a file (it is created if missing).");
        }

        if (System.IO.Path.GetDirectoryName(full) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // One writer per log: an exclusive lock on a sibling file (on Unix the log's own sharing mode would stop readers too).
        FileStream writerLock;
        try
        {
            writerLock = new FileStream(full + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.DeleteOnClose);
        }
        catch (IOException e)
        {
            throw new IOException($"The decision log `{full}` is already being written by another process or log; give each writer its own file.", e);
        }

        FileStream? file = null;
        try
        {
            // bufferSize 0: no FileStream buffer, so every Write is exactly one write to the operating system.
            file = new FileStream(full, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0);
            DropTornTail(file);
            file.Seek(0, SeekOrigin.End);
        }
        catch
        {
            file?.Dispose();
            writerLock.Dispose();
            throw;
        }

        return new DecisionLog(full, wrap(file), writerLock, options ?? new DecisionLogOptions());
    }

    /// <summary>Appends the record of one evaluation.</summary>
    /// <exception cref="ObjectDisposedException">The log was closed.</exception>
    /// <exception cref="IOException">The record could not be written; the log holds no part of it.</exception>
    public void Record(Case policyCase, Verdict verdict)
    {
        var line = FormatRecord(_options.TimeProvider.GetUtcNow(), CaseHash(policyCase), verdict, _options.Source);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_tornAt is { } torn && !TryCutBackTo(torn))
            {
                throw new IOException($"The decision log `{Path}` still holds part of a record whose write failed, and cutting it off failed again; nothing more is recorded until the file can be written.");
            }

            var start = _file.Position;
            try
            {
                _file.Write(line);
                if (_options.FlushToDisk)
                {
                    Flush();
                }
            }
            catch (IOException)
            {
                _tornAt = start;
                TryCutBackTo(start);
                throw;
            }
        }
    }

    private void Flush()
    {
        if (_file is FileStream file)
        {
            file.Flush(flushToDisk: true);
        }
        else
        {
            _file.Flush();
        }
    }

    /// <summary>Cuts the file back to <paramref name="length"/>, dropping what a failed write left; false when that fails too.</summary>
    private bool TryCutBackTo(long length)
    {
        try
        {
            _file.SetLength(length);
            _file.Seek(length, SeekOrigin.Begin);
            _tornAt = null;
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Closes the log file.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _disposed = true;
                _file.Dispose();
                _writerLock.Dispose();
            }
        }
    }

    /// <summary>The lower-case hex SHA-256 of the case's canonical JSON, the same bytes `PolicyJson.Canonical` gives.</summary>
    public static string CaseHash(Case policyCase) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(PolicyJson.Canonical(policyCase))));

    /// <summary>One whole record, newline included, as UTF-8.</summary>
    internal static byte[] FormatRecord(DateTimeOffset time, string caseHash, Verdict verdict, string? source)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = PolicyJson.CompactOptions.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("time", time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
            if (source is not null)
            {
                json.WriteString("source", source);
            }

            json.WriteString("caseSha256", caseHash);
            json.WriteString("asOf", verdict.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteStartArray("ruleSets");
            foreach (var ruleSet in verdict.RuleSets)
            {
                json.WriteStartObject();
                json.WriteString("ruleSet", ruleSet.RuleSet);
                json.WriteString("version", ruleSet.Version);
                json.WriteString("outcome", Vocabulary.Name(ruleSet.Outcome));
                json.WriteStartArray("firedRules");
                foreach (var id in ruleSet.Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                {
                    json.WriteStringValue(id);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        var line = new byte[buffer.WrittenCount + 1];
        buffer.WrittenSpan.CopyTo(line);
        line[^1] = (byte)'\n';
        return line;
    }

    /// <summary>Cuts the file back to just after its last line end, so a torn record from an earlier crash is not continued.</summary>
    private static void DropTornTail(FileStream file)
    {
        var length = file.Length;
        if (length == 0)
        {
            return;
        }

        var chunk = new byte[4096];
        var end = length;
        while (end > 0)
        {
            var start = Math.Max(0, end - chunk.Length);
            var count = (int)(end - start);
            file.Seek(start, SeekOrigin.Begin);
            file.ReadExactly(chunk, 0, count);
            var newline = Array.LastIndexOf(chunk, (byte)'\n', count - 1, count);
            if (newline >= 0)
            {
                var keep = start + newline + 1;
                if (keep != length)
                {
                    file.SetLength(keep);
                }

                return;
            }

            end = start;
        }

        file.SetLength(0);
    }
}
