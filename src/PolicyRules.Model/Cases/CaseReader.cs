using System.Buffers;
using System.Text;
using System.Text.Unicode;
using System.Text.Json;
using PolicyRules.Facts;

namespace PolicyRules.Cases;

/// <summary>
/// Reads a case from JSON and validates it at the edge: unknown fields, wrong types, unknown vocabulary values, bad
/// country codes, missing required facts, impossible sentences and dates after the as-of date each give one problem with
/// its JSON path and line. Nothing half-valid comes out: either a whole <see cref="Case"/> or a <see cref="CaseFormatException"/>.
/// </summary>
public static class CaseReader
{
    /// <summary>Reads a case file.</summary>
    /// <exception cref="CaseFormatException">The file cannot be read or the case is not valid.</exception>
    public static Case ReadFile(string path, CaseLimits? limits = null)
    {
        limits ??= CaseLimits.Default;
        if (Directory.Exists(path))
        {
            throw new CaseFormatException(path, [new CaseProblem("$", null, "this is a directory, not a case file; give the path of one case file (JSON).")]);
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            return Read(stream, path, limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CaseFormatException(path, [new CaseProblem("$", null, $"cannot read the case file ({Echo.Of(e.Message.TrimEnd('.'), 200)}); check the path.")]);
        }
    }

    /// <summary>
    /// Reads a case from a stream (a file, standard input, a pipe), taking at most one byte past the size limit whatever
    /// the stream is: a device such as /dev/zero or a pipe reports no length and may never end.
    /// </summary>
    /// <exception cref="CaseFormatException">The case is larger than the limit or not valid.</exception>
    public static Case Read(Stream stream, string? source = null, CaseLimits? limits = null)
    {
        limits ??= CaseLimits.Default;
        var bytes = ReadAtMost(stream, limits.MaxBytes);
        return bytes is null
            ? throw new CaseFormatException(source, [CaseChecks.Size.Problem("$", null, $"the case is more than {limits.MaxBytes} bytes; the limit is {limits.MaxBytes} bytes. Split or trim the case.")])
            : Read(bytes, source, limits);
    }

    /// <summary>The stream's bytes, or null when it holds more than <paramref name="max"/> (a longer file is not read at all).</summary>
    private static byte[]? ReadAtMost(Stream stream, int max)
    {
        var known = stream.CanSeek ? stream.Length - stream.Position : 0;
        if (known > max)
        {
            return null;
        }

        var buffer = new byte[Math.Min(max + 1L, known > 0 ? known + 1 : 64 * 1024)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > max)
                {
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min(max + 1L, buffer.Length * 2L));
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        if (length > max)
        {
            return null;
        }

        Array.Resize(ref buffer, length);
        return buffer;
    }

    /// <summary>Reads a case from JSON text.</summary>
    /// <exception cref="CaseFormatException">The case is not valid.</exception>
    public static Case Read(string json, string? source = null, CaseLimits? limits = null) =>
        Read(Encoding.UTF8.GetBytes(json), source, limits);

    /// <summary>Reads a case from UTF-8 JSON bytes (a leading byte-order mark is allowed).</summary>
    /// <exception cref="CaseFormatException">The case is not valid.</exception>
    public static Case Read(ReadOnlyMemory<byte> utf8, string? source = null, CaseLimits? limits = null)
    {
        var result = TryRead(utf8, limits);
        return result.Case ?? throw new CaseFormatException(source, result.Problems);
    }

    /// <summary>Reads a case and returns it with every problem found, instead of throwing.</summary>
    public static (Case? Case, IReadOnlyList<CaseProblem> Problems) TryRead(ReadOnlyMemory<byte> utf8, CaseLimits? limits = null)
    {
        limits ??= CaseLimits.Default;
        if (utf8.Length > limits.MaxBytes)
        {
            return (null, [CaseChecks.Size.Problem("$", null, $"the case is {utf8.Length} bytes; the limit is {limits.MaxBytes} bytes. Split or trim the case.")]);
        }

        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if (!Utf8.IsValid(utf8.Span))
        {
            var at = FirstInvalidUtf8(utf8.Span);
            var line = utf8.Span[..at].Count((byte)'\n') + 1;
            return (null, [new CaseProblem("$", line, $"the case is not valid UTF-8 text (bad byte at offset {at}); save the file as UTF-8.")]);
        }

        var lines = JsonLineMap.Build(utf8.Span, limits.MaxDepth, out var syntax);
        if (syntax is not null)
        {
            return (null, [syntax]);
        }

        using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = limits.MaxDepth, CommentHandling = JsonCommentHandling.Skip });
        var binder = new ModelBinder(lines, limits);
        var policyCase = binder.Bind<Case>(document.RootElement);
        var problems = binder.Problems;
        if (policyCase is not null && problems.Count == 0)
        {
            CaseValidator.Validate(policyCase, lines, problems);
        }

        if (problems.Count > 0 || policyCase is null)
        {
            problems.Sort((a, b) => (a.Line ?? int.MaxValue).CompareTo(b.Line ?? int.MaxValue) is var c && c != 0 ? c : string.CompareOrdinal(a.Path, b.Path));
            return (null, problems);
        }

        return (policyCase, []);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }
}
