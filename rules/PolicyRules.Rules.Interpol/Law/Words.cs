using System.Globalization;
using System.Text;

namespace PolicyRules.Rules.Interpol.Law;

/// <summary>Renders vocabulary values and facts as words a lawyer reads in a reason.</summary>
internal static class Words
{
    /// <summary>"pressureOnRelatives" becomes "pressure on relatives"; "unsc" stays "unsc".</summary>
    public static string Of(Enum value)
    {
        var name = Vocabulary.Name(value);
        var text = new StringBuilder(name.Length + 8);
        foreach (var ch in name)
        {
            if (char.IsUpper(ch))
            {
                text.Append(' ').Append(char.ToLowerInvariant(ch));
            }
            else
            {
                text.Append(ch);
            }
        }

        return text.ToString();
    }

    public static string Of(IEnumerable<Enum> values) => List(values.Select(Of));

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count switch
        {
            0 => "none",
            1 => all[0],
            _ => string.Join(", ", all.Take(all.Count - 1)) + " and " + all[^1],
        };
    }

    public static string Usd(int? amount) => amount is { } usd ? "USD " + usd.ToString("N0", CultureInfo.InvariantCulture) : "an unstated amount";

    public static string Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "an unknown date";

    public static string Charge(Charge charge) => $"Charge {charge.Id} ({Of(charge.Category)}{(string.IsNullOrWhiteSpace(charge.Provision) ? string.Empty : ", " + charge.Provision)})";

    public static string Detail(string? detail) => string.IsNullOrWhiteSpace(detail) ? "no detail recorded" : detail.TrimEnd('.');

    public static string Requester(Request request) => request.RequestingCountry ?? "the international entity";

    public static string Kind(RequestKind kind) => kind == RequestKind.RedNotice ? "Red Notice request" : "wanted-person diffusion";

    public static string YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => "not stated",
    };
}
