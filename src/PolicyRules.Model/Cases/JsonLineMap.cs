using System.Text.Json;
using System.Text.RegularExpressions;

namespace PolicyRules.Cases;

/// <summary>
/// Maps each JSON path of a document to the line its value starts on, and finds syntax errors and duplicate keys,
/// in one forward pass. System.Text.Json exposes no line numbers for elements, so the reader counts them itself.
/// </summary>
internal sealed partial class JsonLineMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private JsonLineMap()
    {
    }

    /// <summary>The 1-based line of the value at <paramref name="path"/>, or of its nearest enclosing value.</summary>
    public int? LineOf(string path)
    {
        while (true)
        {
            if (_lines.TryGetValue(path, out var line))
            {
                return line;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return null;
            }

            path = path[..cut];
        }
    }

    public static JsonLineMap Build(ReadOnlySpan<byte> utf8, int maxDepth, out CaseProblem? problem)
    {
        var map = new JsonLineMap();
        problem = null;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Skip });
        var frames = new Stack<Frame>();
        var line = 1;
        long counted = 0;
        string? pendingProperty = null;
        try
        {
            while (reader.Read())
            {
                var start = reader.TokenStartIndex;
                line += utf8[(int)counted..(int)start].Count((byte)'\n');
                counted = start;

                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    var frame = frames.Peek();
                    if (!frame.Keys!.Add(name))
                    {
                        problem = CaseChecks.DuplicateField.Problem(Child(frame.Path, name), line, $"the field `{Echo.Of(name)}` appears twice in the same object; keep one.");
                        return map;
                    }

                    pendingProperty = name;
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.Pop();
                    continue;
                }

                string path;
                if (frames.Count == 0)
                {
                    path = "$";
                }
                else if (frames.Peek().Keys is not null)
                {
                    path = Child(frames.Peek().Path, pendingProperty!);
                }
                else
                {
                    var parent = frames.Pop();
                    path = $"{parent.Path}[{parent.Index}]";
                    frames.Push(parent with { Index = parent.Index + 1 });
                }

                map._lines.TryAdd(path, line);
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    frames.Push(new Frame(path, new HashSet<string>(StringComparer.Ordinal), 0));
                }
                else if (reader.TokenType == JsonTokenType.StartArray)
                {
                    frames.Push(new Frame(path, null, 0));
                }
            }
        }
        catch (JsonException e)
        {
            var at = e.LineNumber is { } l ? (int)l + 1 : line;
            problem = new CaseProblem("$", at, $"the file is not valid JSON: {Describe(e)} Fix the JSON syntax.");
        }
        catch (InvalidOperationException e)
        {
            // A field name whose escapes do not make valid text (e.g. a lone \uD800) cannot be read as a string.
            problem = CaseChecks.LoneSurrogate.Problem("$", line, $"the file is not valid JSON: {Echo.Of(e.Message, 200)} Fix the JSON syntax.");
        }

        return map;
    }

    public static string Child(string parent, string name) =>
        IsPlainName(name) ? $"{parent}.{name}" : $"{parent}['{Echo.Of(name, 60).Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static bool IsPlainName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$');

    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = cut > 0 ? message[..cut] : message;
        message = message.Trim();

        // System.Text.Json quotes a bad literal with the rest of the document after it ("'truE\n  },\n ...' is an invalid
        // JSON literal"); keep only its start, so the problem stays one short line.
        var literal = InvalidLiteral().Match(message);
        if (literal.Success)
        {
            message = $"'{Echo.Of(literal.Groups["text"].Value, 20)}' is an invalid {literal.Groups["rest"].Value}";
        }

        message = Echo.Of(message, 300);
        return message.EndsWith('.') ? message : message + ".";
    }

    [GeneratedRegex("^'(?<text>.*)' is an invalid (?<rest>JSON literal.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex InvalidLiteral();

    private sealed record Frame(string Path, HashSet<string>? Keys, int Index);
}
