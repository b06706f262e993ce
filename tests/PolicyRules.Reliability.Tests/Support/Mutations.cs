using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using PolicyRules.Cases;
using PolicyRules.Generation;
using PolicyRules.Json;

namespace PolicyRules.Reliability.Tests.Support;

/// <summary>One fuzz input: the bytes, and how they were made (printed when the input fails).</summary>
internal sealed record FuzzInput(string How, byte[] Bytes)
{
    public override string ToString()
    {
        var preview = Bytes.Length <= 600 ? Bytes : Bytes[..600];
        return $"{How}; {Bytes.Length} bytes; base64 of the first {preview.Length}: {Convert.ToBase64String(preview)}";
    }
}

/// <summary>
/// Makes hostile case inputs from valid ones: byte flips, truncations, spliced spans, stray tokens, BOMs, invalid UTF-8,
/// wrong types, huge strings and numbers, deep nesting, duplicate keys, long lists, extreme dates, and random JSON.
/// Everything is drawn from a seeded <see cref="Random"/>, so the CsCheck seed replays an input exactly.
/// </summary>
internal static class Mutations
{
    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "-", "0", "1e999", "-1e999", "1e-999", "99999999999999999999999",
        "-0", "1.5", "NaN", "Infinity", "\\u0000", "\\uD800", "\\\"", "/*", "*/", "//", "\u00e9", "\n", "\t", " ", "\"\":",
        "\"a\u0000b\"", "\"\\n\"",
    ];

    private static readonly byte[][] BadUtf8 =
    [
        [0x80], [0xBF], [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
        [0xF5], [0xFF], [0xFE], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC3],
    ];

    private static readonly byte[][] Preambles =
    [
        [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB], [0x00, 0x00, 0xFE, 0xFF], [0x00],
    ];

    private static readonly string[] FieldNames =
    [
        "asOf", "request", "person", "charges", "context", "article2Concerns", "us", "scenario", "kind", "requestingCountry",
        "id", "category", "maxPenaltyMonths", "nationalities", "refugee", "status", "conduct", "violence", "requests", "receivedOn",
        "$schema", "", "a\nb", "\u0000", "\u202Eevil", "ASOF", "charges ", "__proto__",
    ];

    private static readonly string[] ValidCases =
    [
        .. SampleCases.ScenarioFiles.Select(File.ReadAllText),
        PolicyJson.Canonical(SampleCases.Minimal),
    ];

    /// <summary>Every kind of mutation, by name.</summary>
    public static readonly (string Name, Func<Random, byte[], byte[]> Apply)[] Kinds =
    [
        ("flip bits", FlipBits),
        ("set bytes", SetBytes),
        ("truncate", Truncate),
        ("delete span", DeleteSpan),
        ("duplicate span", DuplicateSpan),
        ("insert token", InsertToken),
        ("preamble", Preamble),
        ("invalid UTF-8", InvalidUtf8),
        ("lone surrogate escape", LoneSurrogate),
        ("wrong type", (r, b) => Safely(r, b, x => Structural(r, x, WrongType))),
        ("huge string", (r, b) => Safely(r, b, x => Structural(r, x, HugeString))),
        ("extreme number", (r, b) => Safely(r, b, x => Structural(r, x, ExtremeNumber))),
        ("extreme date", (r, b) => Safely(r, b, x => Structural(r, x, ExtremeDate))),
        ("deep nesting", (r, b) => Safely(r, b, x => Structural(r, x, DeepNesting))),
        ("long list", (r, b) => Safely(r, b, x => Structural(r, x, LongList))),
        ("odd field name", (r, b) => Safely(r, b, x => Structural(r, x, OddFieldName))),
        ("duplicate key", (r, b) => Safely(r, b, x => DuplicateKey(r, x))),
        ("random JSON", (r, _) => Encoding.UTF8.GetBytes(RandomJson(r, 0).ToJsonString())),
        ("stacked", Stacked),
        ("hostile text", (r, b) => Safely(r, b, x => HostileText(r, x))),
    ];

    /// <summary>Fuzz inputs: a valid case (a committed scenario or a generated case), then one mutation drawn from a seed.</summary>
    public static Gen<FuzzInput> Inputs { get; } =
        from kind in Gen.Int[0, Kinds.Length - 1]
        from baseIndex in Gen.Int[0, ValidCases.Length]
        from seed in Gen.Int
        select Make(kind, baseIndex, seed);

    /// <summary>Valid cases only, each with one of its JSON values replaced: mostly wrong but well-formed JSON.</summary>
    public static Gen<FuzzInput> WellFormedInputs { get; } =
        from kind in Gen.Int[9, 16]
        from baseIndex in Gen.Int[0, ValidCases.Length]
        from seed in Gen.Int
        select Make(kind, baseIndex, seed);

    /// <summary>The same inputs every time for one seed: for comparing two passes over one fixed set.</summary>
    public static IReadOnlyList<FuzzInput> Fixed(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => Make(random.Next(Kinds.Length), random.Next(ValidCases.Length + 1), random.Next()))];
    }

    private static FuzzInput Make(int kind, int baseIndex, int seed)
    {
        var random = new Random(seed);
        var (json, from) = baseIndex < ValidCases.Length
            ? (ValidCases[baseIndex], $"valid case {baseIndex}")
            : (PolicyJson.Canonical(CaseGenerator.Generate(seed)), $"generated case (seed {seed})");
        var (name, apply) = Kinds[kind];
        return new FuzzInput($"{name} of {from}, mutation seed {seed}", apply(random, Encoding.UTF8.GetBytes(json)));
    }

    private static byte[] FlipBits(Random r, byte[] b)
    {
        var copy = (byte[])b.Clone();
        for (var i = r.Next(1, 9); i > 0; i--)
        {
            copy[r.Next(copy.Length)] ^= (byte)(1 << r.Next(8));
        }

        return copy;
    }

    private static byte[] SetBytes(Random r, byte[] b)
    {
        var copy = (byte[])b.Clone();
        for (var i = r.Next(1, 9); i > 0; i--)
        {
            copy[r.Next(copy.Length)] = (byte)r.Next(256);
        }

        return copy;
    }

    private static byte[] Truncate(Random r, byte[] b) => b[..r.Next(b.Length)];

    private static byte[] DeleteSpan(Random r, byte[] b)
    {
        var start = r.Next(b.Length);
        var length = r.Next(1, Math.Min(64, b.Length - start) + 1);
        return [.. b[..start], .. b[(start + length)..]];
    }

    private static byte[] DuplicateSpan(Random r, byte[] b)
    {
        var start = r.Next(b.Length);
        var length = r.Next(1, Math.Min(256, b.Length - start) + 1);
        var at = r.Next(b.Length + 1);
        return [.. b[..at], .. b.AsSpan(start, length), .. b[at..]];
    }

    private static byte[] InsertToken(Random r, byte[] b)
    {
        var at = r.Next(b.Length + 1);
        return [.. b[..at], .. Encoding.UTF8.GetBytes(Tokens[r.Next(Tokens.Length)]), .. b[at..]];
    }

    private static byte[] Preamble(Random r, byte[] b)
    {
        var preamble = Preambles[r.Next(Preambles.Length)];
        var at = r.Next(4) == 0 ? r.Next(b.Length + 1) : 0;
        return [.. b[..at], .. preamble, .. b[at..]];
    }

    private static byte[] InvalidUtf8(Random r, byte[] b)
    {
        // Mostly inside a string value, where only a UTF-8 check can catch it.
        var quotes = b.Select((c, i) => (c, i)).Where(x => x.c == (byte)'"').Select(x => x.i + 1).ToArray();
        var at = quotes.Length > 0 && r.Next(4) > 0 ? quotes[r.Next(quotes.Length)] : r.Next(b.Length + 1);
        return [.. b[..at], .. BadUtf8[r.Next(BadUtf8.Length)], .. b[at..]];
    }

    private static byte[] LoneSurrogate(Random r, byte[] b)
    {
        // Valid UTF-8 and valid JSON syntax, yet the escape decodes to half a character.
        var quotes = b.Select((c, i) => (c, i)).Where(x => x.c == (byte)'"').Select(x => x.i + 1).ToArray();
        var at = quotes.Length > 0 ? quotes[r.Next(quotes.Length)] : 0;
        var escape = r.Next(3) switch { 0 => "\\uD800", 1 => "\\uDFFF", _ => "\\uD83D" };
        return [.. b[..at], .. Encoding.UTF8.GetBytes(escape), .. b[at..]];
    }

    private static byte[] DuplicateKey(Random r, byte[] b)
    {
        if (Parse(b) is not JsonObject node)
        {
            return InsertToken(r, b);
        }

        var objects = Objects(node).ToList();
        var target = objects[r.Next(objects.Count)];
        var text = node.ToJsonString();
        var keys = target.Select(p => p.Key).ToList();
        var key = keys.Count > 0 ? keys[r.Next(keys.Count)] : "asOf";

        // Text-level: the writer would never emit the same key twice.
        var json = target.ToJsonString();
        var duplicated = json.Length > 2
            ? $"{{\"{key}\": null, {json[1..]}"
            : $"{{\"{key}\": 1, \"{key}\": 2}}";
        var index = text.IndexOf(json, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text[..index] + duplicated + text[(index + json.Length)..]);
    }

    private static byte[] Stacked(Random r, byte[] b)
    {
        for (var i = r.Next(2, 5); i > 0; i--)
        {
            var (_, apply) = Kinds[r.Next(Kinds.Length - 2)];
            b = apply(r, b);
            if (b.Length == 0)
            {
                break;
            }
        }

        return b;
    }

    private static byte[] Structural(Random r, byte[] b, Func<Random, JsonNode?> replacement)
    {
        // After another mutation the bytes may no longer be JSON; then a stray token is all one can add.
        if (Parse(b) is not { } root || Slots(root).ToList() is not { Count: > 0 } slots)
        {
            return InsertToken(r, b);
        }

        var (parent, key, index) = slots[r.Next(slots.Count)];
        var value = replacement(r);
        var raw = value is JsonValue v && v.TryGetValue<string>(out var s) && s.StartsWith(RawMarker, StringComparison.Ordinal) ? s[RawMarker.Length..] : null;
        if (raw is not null)
        {
            value = JsonValue.Create(RawPlaceholder);
        }

        if (parent is JsonObject o)
        {
            o[key!] = value;
        }
        else if (parent is JsonArray a)
        {
            a[index] = value;
        }

        var text = root.ToJsonString();

        // Values too deep or too long for JsonNode go in as raw text, in place of a placeholder string.
        return Encoding.UTF8.GetBytes(raw is null ? text : text.Replace($"\"{RawPlaceholder}\"", raw, StringComparison.Ordinal));
    }

    /// <summary>
    /// Text that would forge lines or read differently than it is (issue 21, finding 3): line breaks, bidirectional overrides,
    /// zero-width characters, other controls, or 20,000 characters, put into a text value the case already holds (an ID,
    /// a circuit, the description), so that the result is otherwise the valid case.
    /// </summary>
    private static byte[] HostileText(Random r, byte[] b)
    {
        if (Parse(b) is not { } root
            || Slots(root).Where(s => Value(s) is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String).ToList() is not { Count: > 0 } texts)
        {
            return InsertToken(r, b);
        }

        var slot = texts[r.Next(texts.Count)];
        var text = Value(slot)!.GetValue<string>();
        string[] hostile = ["\n", "\r\n", "\u202E", "\u2066", "\u200B", "\u0007", "\u2028", "\u001b[2J", "\nINTERPOL: ALLOW"];
        var mutated = r.Next(5) == 0
            ? text + new string('x', CaseLimits.Default.MaxStringLength - text.Length + r.Next(-1, 2))
            : text.Insert(r.Next(text.Length + 1), hostile[r.Next(hostile.Length)]);
        if (slot.Parent is JsonObject o)
        {
            o[slot.Key!] = mutated;
        }
        else if (slot.Parent is JsonArray a)
        {
            a[slot.Index] = mutated;
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static JsonNode? Value((JsonNode Parent, string? Key, int Index) slot) =>
        slot.Parent is JsonObject o ? o[slot.Key!] : ((JsonArray)slot.Parent)[slot.Index];

    private static JsonNode? WrongType(Random r) => r.Next(8) switch
    {
        0 => null,
        1 => JsonValue.Create(r.Next(-5, 500)),
        2 => JsonValue.Create(r.Next(2) == 0),
        3 => JsonValue.Create("surprise"),
        4 => new JsonArray(JsonValue.Create(1), JsonValue.Create("x")),
        5 => new JsonObject { ["kind"] = "redNotice" },
        6 => JsonValue.Create(2.5),
        _ => JsonValue.Create(string.Empty),
    };

    private static JsonNode? HugeString(Random r)
    {
        var length = r.Next(3) switch
        {
            0 => CaseLimits.Default.MaxStringLength,
            1 => CaseLimits.Default.MaxStringLength + 1,
            _ => r.Next(CaseLimits.Default.MaxBytes / 2, CaseLimits.Default.MaxBytes * 2),
        };
        var fill = "a\u00e9\u4e2d\n\"\\\u0001"[r.Next(7)];
        return JsonValue.Create(new string(fill, length));
    }

    private static JsonNode? ExtremeNumber(Random r) => JsonNode.Parse(r.Next(12) switch
    {
        0 => "2147483647",
        1 => "2147483648",
        2 => "-2147483648",
        3 => "-1",
        4 => "1e308",
        5 => "1e400",
        6 => "0.0000000000000000000000001",
        7 => "123456789012345678901234567890123456789012345678901234567890",
        8 => "1E2",
        9 => "-0.0",
        10 => new string('9', r.Next(100, 5000)),
        _ => "24.0",
    });

    private static JsonNode? ExtremeDate(Random r) => JsonValue.Create(r.Next(10) switch
    {
        0 => "0001-01-01",
        1 => "9999-12-31",
        2 => "2024-02-30",
        3 => "2023-02-29",
        4 => "2026-1-5",
        5 => "2026-01-15T00:00:00Z",
        6 => "+2026-01-15",
        7 => "١٩٩٩-٠١-٠١",
        8 => "1900-01-01",
        _ => string.Create(CultureInfo.InvariantCulture, $"{r.Next(1, 10000):D4}-{r.Next(1, 13):D2}-{r.Next(1, 29):D2}"),
    });

    private static JsonNode? DeepNesting(Random r)
    {
        var depth = r.Next(3) switch
        {
            0 => r.Next(1, CaseLimits.Default.MaxDepth + 2),
            1 => r.Next(CaseLimits.Default.MaxDepth, 200),
            _ => r.Next(200, 2000),
        };
        var text = r.Next(2) == 0
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

        // Too deep for JsonNode itself: spliced in as text.
        return JsonValue.Create(RawMarker + text);
    }

    private const string RawMarker = "raw:";
    private const string RawPlaceholder = "@@raw-json-placeholder@@";

    private static JsonNode? LongList(Random r)
    {
        var count = r.Next(2) == 0 ? CaseLimits.Default.MaxListItems + r.Next(0, 3) : r.Next(1_000, 50_000);
        var item = r.Next(3) switch
        {
            0 => "\"XA\"",
            1 => "{\"id\":\"c\",\"category\":\"fraud\"}",
            _ => "0",
        };
        return JsonValue.Create(RawMarker + "[" + string.Join(",", Enumerable.Repeat(item, count)) + "]");
    }

    private static JsonNode? OddFieldName(Random r) =>
        new JsonObject { [FieldNames[r.Next(FieldNames.Length)]] = WrongType(r) ?? "x" };

    private static JsonNode RandomJson(Random r, int depth)
    {
        var choice = depth > 6 ? r.Next(4) : r.Next(7);
        switch (choice)
        {
            case 0: return JsonValue.Create(r.Next(-1000, 1000));
            case 1: return JsonValue.Create(r.Next(2) == 0);
            case 2: return JsonValue.Create(Tokens[r.Next(Tokens.Length)]);
            case 3: return JsonValue.Create(FieldNames[r.Next(FieldNames.Length)]);
            case 4:
            case 5:
                var o = new JsonObject();
                for (var i = r.Next(0, 8); i > 0; i--)
                {
                    o[FieldNames[r.Next(FieldNames.Length)]] = RandomJson(r, depth + 1);
                }

                return o;
            default:
                var a = new JsonArray();
                for (var i = r.Next(0, 5); i > 0; i--)
                {
                    a.Add(RandomJson(r, depth + 1));
                }

                return a;
        }
    }

    /// <summary>A structural mutation of bytes an earlier mutation broke (a lone surrogate, bad UTF-8) falls back to a stray token.</summary>
    private static byte[] Safely(Random r, byte[] b, Func<byte[], byte[]> mutate)
    {
        try
        {
            return mutate(b);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or ArgumentException)
        {
            return InsertToken(r, b);
        }
    }

    private static JsonNode? Parse(byte[] b)
    {
        try
        {
            // Nodes are read lazily: walk them all now, so text that is not valid UTF-8 fails here and not later.
            var node = JsonNode.Parse(b);
            _ = node is null ? 0 : Slots(node).Count() + Objects(node).Count();
            return node;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static IEnumerable<(JsonNode Parent, string? Key, int Index)> Slots(JsonNode node)
    {
        if (node is JsonObject o)
        {
            foreach (var (key, child) in o.ToList())
            {
                yield return (o, key, -1);
                if (child is not null)
                {
                    foreach (var slot in Slots(child))
                    {
                        yield return slot;
                    }
                }
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                yield return (a, null, i);
                if (a[i] is { } child)
                {
                    foreach (var slot in Slots(child))
                    {
                        yield return slot;
                    }
                }
            }
        }
    }

    private static IEnumerable<JsonObject> Objects(JsonNode node)
    {
        if (node is JsonObject o)
        {
            yield return o;
        }

        var children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray arr => arr.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var inner in Objects(child))
            {
                yield return inner;
            }
        }
    }
}
