using System.Globalization;
using System.Text;

namespace PolicyRules.Cases;

/// <summary>
/// Quotes text taken from a case inside a problem message or JSON path, so that every problem stays on one line whatever
/// the case holds: line breaks, other control characters and lone surrogates are shown as escapes, and long text is cut.
/// </summary>
internal static class Echo
{
    /// <summary>The longest piece of case text quoted in a message.</summary>
    public const int DefaultMax = 40;

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
                _ when char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' =>
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return cut ? builder.Append("...").ToString() : builder.ToString();
    }
}
