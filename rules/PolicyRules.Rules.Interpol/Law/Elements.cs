using System.Collections.Frozen;
using System.Reflection;

namespace PolicyRules.Rules.Interpol.Law;

/// <summary>The required elements of a request (spec D18); each rule declares the elements it addresses with <c>[Addresses]</c>.</summary>
internal static class Elements
{
    public const string Purpose = "purpose";
    public const string OrdinaryLawCrime = "ordinary-law crime";
    public const string Penalty = "penalty";
    public const string JudicialData = "judicial data";
    public const string Interest = "interest for international police cooperation";
    public const string Identifiers = "identifiers";

    private static readonly string[] RedNotice = [Purpose, OrdinaryLawCrime, Penalty, JudicialData, Identifiers, Interest];
    private static readonly string[] Diffusion = [Purpose, OrdinaryLawCrime, JudicialData, Interest];
    private static readonly string[] Investigation = [Purpose, OrdinaryLawCrime, Interest];
    private static readonly string[] MissingPerson = [Purpose, Interest];
    private static readonly string[] Document = [Purpose];
    private static readonly string[] DocumentOfAccused = [Purpose, OrdinaryLawCrime];

    // Read once from the rules' own [Addresses] declarations, so the map can never drift from the rules.
    private static readonly FrozenDictionary<string, string> ByRule = typeof(Elements).Assembly.GetTypes()
        .Select(t => (Name: t.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(NameAttribute))?.ConstructorArguments[0].Value as string, Addresses: t.GetCustomAttribute<AddressesAttribute>()))
        .Where(r => r.Name is not null && r.Addresses is not null)
        .ToFrozenDictionary(r => r.Name!, r => string.Join(", ", r.Addresses!.Elements), StringComparer.Ordinal);

    /// <summary>The elements a rule's findings address, or null for a rule that addresses none.</summary>
    public static string? Of(string ruleId) => ByRule.GetValueOrDefault(ruleId);

    /// <summary>
    /// The elements a compliant request needs, by channel: the Red Notice's five; a wanted-person diffusion's four (no
    /// penalty threshold, Q8); a Blue notice, Blue diffusion or message concerns a crime under investigation, so it needs
    /// an ordinary-law crime but no judicial data; a Yellow notice concerns a disappearance, not a crime; an SLTD record
    /// needs a permitted purpose, and an ordinary-law crime when the document was revoked because of criminal proceedings.
    /// </summary>
    public static IEnumerable<string> RequiredFor(Request request) => request.Kind switch
    {
        RequestKind.RedNotice => RedNotice,
        RequestKind.Diffusion => Diffusion,
        RequestKind.BlueNotice or RequestKind.BlueDiffusion or RequestKind.Message => Investigation,
        RequestKind.YellowNotice => MissingPerson,
        _ => request.TravelDocument?.RevocationReason == RevocationReason.CriminalProceedings ? DocumentOfAccused : Document,
    };

    public static bool Covers(ElementAddressed addressed, string element) =>
        addressed.Elements.Split(", ").Contains(element, StringComparer.Ordinal);
}
