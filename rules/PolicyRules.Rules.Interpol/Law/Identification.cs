namespace PolicyRules.Rules.Interpol.Law;

/// <summary>
/// RPD Art. 83(2)(a): a Red Notice is published only with sufficient identifiers, which is one of two combinations
/// (interpol.md, RN-IDENT, confirmed against the 2025 text).
/// </summary>
internal static class Identification
{
    /// <summary>Route (i) needs all of these ...</summary>
    private static readonly IdentifierItem[] CoreData = [IdentifierItem.FamilyName, IdentifierItem.Forename, IdentifierItem.Sex, IdentifierItem.DateOfBirth];

    /// <summary>... and one of these.</summary>
    private static readonly IdentifierItem[] CoreAddOns = [IdentifierItem.PhysicalDescription, IdentifierItem.DnaProfile, IdentifierItem.Fingerprints, IdentifierItem.IdentityDocument];

    /// <summary>Route (i): family name, forename, sex and date of birth, plus a physical description, DNA profile, fingerprints or identity-document data.</summary>
    public static bool CoreRouteMet(Identifiers ids) => CoreData.All(ids.Given.Contains) && CoreAddOns.Any(ids.Given.Contains);

    /// <summary>
    /// Route (ii): a good-quality photograph with additional data. The text's list of additional data (alias, parents'
    /// names, further physical description, DNA, fingerprints) is introduced by "such as", so any other identifier counts.
    /// </summary>
    public static bool PhotographRouteMet(Identifiers ids) => ids.Given.Contains(IdentifierItem.Photograph) && ids.Given.Any(i => i != IdentifierItem.Photograph);

    public static bool Sufficient(Identifiers ids) => CoreRouteMet(ids) || PhotographRouteMet(ids);

    /// <summary>What each route still misses, in words, for a reason that tells the requester what to add.</summary>
    public static string Missing(Identifiers ids)
    {
        var core = CoreData.Where(i => !ids.Given.Contains(i)).Select(i => Words.Of(i)).ToList();
        if (!CoreAddOns.Any(ids.Given.Contains))
        {
            core.Add("one of " + Words.List(CoreAddOns.Select(i => Words.Of(i)), "or"));
        }

        var photograph = ids.Given.Contains(IdentifierItem.Photograph) ? "other data beside the photograph"
            : ids.Given.IsEmpty ? Words.Of(IdentifierItem.Photograph) + " and other data"
            : Words.Of(IdentifierItem.Photograph);
        return $"the first lacks {Words.List(core)}; the second lacks {photograph}";
    }

    /// <summary>What the request gives, in words ("no identification data" when the list is empty).</summary>
    public static string Given(Identifiers ids) => ids.Given.IsEmpty ? "no identification data" : Words.List(ids.Given.Select(i => Words.Of(i)));
}
