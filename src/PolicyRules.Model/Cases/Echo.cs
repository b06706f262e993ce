using System.Globalization;
using System.Text;

namespace PolicyRules.Cases;

/// <summary>
/// Quotes text taken from a case inside a problem message or JSON path, so that every problem stays on one line whatever
/// the case holds: line breaks, other control characters, invisible format characters (bidirectional overrides,
/// zero-width spaces) and lone surrogates are shown as escapes, and long text is cut. Public because every layer that
/// puts case text in front of a person (the engine's errors, the CLI, the server, verdict renderings) quotes it the same way.
/// </summary>
public static class Echo
{
    /// <summary>The longest piece of case text quoted in a message.</summary>
    public const int DefaultMax = 40;

    /// <summary>The text, escaped and cut to at most <paramref name="max"/> characters (then "..." follows).</summary>
    public static string Of(string text, int max = DefaultMax)
    {
        var cut = text.Length > max;
        var length = cut ? max : text.Length;
        if (cut && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        var builder = new StringBuilder(length + 8);
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' || IsInvisible(c) =>
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return cut ? builder.Append("...").ToString() : builder.ToString();
    }

    /// <summary>
    /// Format characters (bidirectional overrides and isolates, zero-width spaces and joiners, the BOM): invisible on a
    /// terminal, they can make a message read differently from what it holds.
    /// </summary>
    internal static bool IsInvisible(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
