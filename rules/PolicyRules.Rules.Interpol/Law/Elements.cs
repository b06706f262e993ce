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

    // Read once from the rules' own [Addresses] declarations, so the map can never drift from the rules.
    private static readonly FrozenDictionary<string, string> ByRule = typeof(Elements).Assembly.GetTypes()
        .Select(t => (Name: t.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(NameAttribute))?.ConstructorArguments[0].Value as string, Addresses: t.GetCustomAttribute<AddressesAttribute>()))
        .Where(r => r.Name is not null && r.Addresses is not null)
        .ToFrozenDictionary(r => r.Name!, r => string.Join(", ", r.Addresses!.Elements), StringComparer.Ordinal);

    /// <summary>The elements a rule's findings address, or null for a rule that addresses none.</summary>
    public static string? Of(string ruleId) => ByRule.GetValueOrDefault(ruleId);

    /// <summary>The elements a compliant request of this kind needs.</summary>
    public static IEnumerable<string> RequiredFor(RequestKind kind) => kind == RequestKind.RedNotice ? RedNotice : Diffusion;

    public static bool Covers(ElementAddressed addressed, string element) =>
        addressed.Elements.Split(", ").Contains(element, StringComparer.Ordinal);
}
