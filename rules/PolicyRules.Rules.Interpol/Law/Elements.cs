using System.Collections.Frozen;

namespace PolicyRules.Rules.Interpol.Law;

/// <summary>The required elements of a request (spec D18) and which rules address them.</summary>
internal static class Elements
{
    public const string Purpose = "purpose";
    public const string OrdinaryLawCrime = "ordinary-law crime";
    public const string Penalty = "penalty";
    public const string JudicialData = "judicial data";
    public const string Interest = "interest for international police cooperation";

    private static readonly string[] RedNotice = [Purpose, OrdinaryLawCrime, Penalty, JudicialData, Interest];
    private static readonly string[] Diffusion = [Purpose, OrdinaryLawCrime, JudicialData, Interest];

    private static readonly FrozenDictionary<string, string> ByRule = new Dictionary<string, string>
    {
        ["INT-0101"] = Purpose, ["INT-0102"] = Purpose, ["INT-0103"] = Purpose, ["INT-0104"] = Purpose, ["INT-0105"] = Purpose,
        ["INT-0110"] = Penalty, ["INT-0111"] = Penalty, ["INT-0130"] = Penalty + ", " + OrdinaryLawCrime,
        ["INT-0120"] = OrdinaryLawCrime, ["INT-0121"] = OrdinaryLawCrime, ["INT-0122"] = OrdinaryLawCrime, ["INT-0123"] = OrdinaryLawCrime,
        ["INT-0124"] = OrdinaryLawCrime, ["INT-0301"] = OrdinaryLawCrime, ["INT-0302"] = OrdinaryLawCrime, ["INT-0303"] = OrdinaryLawCrime,
        ["INT-0304"] = OrdinaryLawCrime, ["INT-0305"] = OrdinaryLawCrime, ["INT-0306"] = OrdinaryLawCrime, ["INT-0307"] = OrdinaryLawCrime,
        ["INT-0308"] = OrdinaryLawCrime, ["INT-0309"] = OrdinaryLawCrime, ["INT-0401"] = OrdinaryLawCrime, ["INT-0402"] = OrdinaryLawCrime,
        ["INT-0420"] = OrdinaryLawCrime, ["INT-0421"] = OrdinaryLawCrime, ["INT-0425"] = OrdinaryLawCrime, ["INT-0430"] = OrdinaryLawCrime,
        ["INT-0508"] = OrdinaryLawCrime,
        ["INT-0201"] = JudicialData, ["INT-0202"] = JudicialData, ["INT-0203"] = JudicialData, ["INT-0204"] = JudicialData,
        ["INT-0205"] = JudicialData, ["INT-0206"] = JudicialData, ["INT-0207"] = JudicialData,
        ["INT-0211"] = JudicialData + ", " + Penalty,
        ["INT-0208"] = Interest, ["INT-0209"] = Interest,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The elements a rule's findings address, or null for a rule that addresses none.</summary>
    public static string? Of(string ruleId) => ByRule.GetValueOrDefault(ruleId);

    /// <summary>The elements a compliant request of this kind needs.</summary>
    public static IEnumerable<string> RequiredFor(RequestKind kind) => kind == RequestKind.RedNotice ? RedNotice : Diffusion;

    public static bool Covers(ElementAddressed addressed, string element) =>
        addressed.Elements.Split(", ").Contains(element, StringComparer.Ordinal);
}
