using PolicyRules.Facts;

namespace PolicyRules.Rules.UsExtradition.Derived;

/// <summary>
/// Null-safe views of the optional parts of the U.S. situation, for rule conditions (expression trees cannot use <c>?.</c>).
/// An absent part reads as its defaults: no proceedings, no claims, no assurances, no immigration track.
/// </summary>
public static class UsFacts
{
    /// <summary>The ISO code of the requested state itself: used only to read victims' nationality and place of offence.</summary>
    public const string RequestedState = "US";

    private static readonly UsProceedings NoProceedings = new();
    private static readonly UsClaims NoClaims = new();
    private static readonly UsAssurances NoAssurances = new();
    private static readonly UsImmigration NoImmigration = new();

    /// <summary>The proceedings, or an empty record before any court step.</summary>
    public static UsProceedings Proc(UsSituation us) => us.Proceedings ?? NoProceedings;

    /// <summary>The claims, or none.</summary>
    public static UsClaims Claims(UsSituation us) => us.Claims ?? NoClaims;

    /// <summary>The assurances, or none.</summary>
    public static UsAssurances Assurances(UsSituation us) => us.Assurances ?? NoAssurances;

    /// <summary>The immigration track, or none.</summary>
    public static UsImmigration Immigration(UsSituation us) => us.Immigration ?? NoImmigration;

    /// <summary>A date as yyyy-MM-dd; "unknown" when null.</summary>
    public static string Iso(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown";

    /// <summary>The name of an enum value as case files write it, e.g. "redNotice".</summary>
    public static string Name(Enum value) => Vocabulary.Name(value);

    /// <summary>The request kind in words: "Red Notice" or "diffusion".</summary>
    public static string Notice(Request request) => request.Kind == RequestKind.RedNotice ? "Red Notice" : "diffusion";
}
