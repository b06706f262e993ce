using System.Globalization;
using System.Text;

namespace PolicyRules.Rules.Interpol.Law;

/// <summary>Renders vocabulary values and facts as words a lawyer reads in a reason.</summary>
internal static class Words
{
    private static readonly Dictionary<Enum, string> Phrases = new()
    {
        [OffenceCategory.InsultOfficial] = "insulting the State or an official",
        [OffenceCategory.ProhibitedOpinion] = "prohibited opinion or propaganda",
        [OffenceCategory.MembershipProhibitedOrganisation] = "membership of a prohibited organisation",
        [OffenceCategory.UnlicensedNgo] = "running an unlicensed NGO",
        [OffenceCategory.MembershipBannedReligiousGroup] = "membership of a banned religious group",
        [OffenceCategory.MembershipRacialAssociation] = "membership of a racial association",
        [OffenceCategory.TerrorismMembershipOrSupport] = "membership of or support for a terrorist organisation",
        [OffenceCategory.SameSexConduct] = "same-sex conduct",
        [OffenceCategory.OtherOrdinary] = "other ordinary-law crime",
        [Designation.UnListed] = "listed by the United Nations",
        [Designation.RegionalOrSeveralStates] = "recognised as terrorist by a region or several states",
        [Designation.RequesterOnly] = "recognised as terrorist by the requester only",
        [Designation.None] = "not designated as terrorist anywhere",
        [LinkAct.SpeechOnly] = "speech",
        [LinkAct.AssemblyOnly] = "assembly",
        [LinkAct.AssociationOnly] = "association",
        [LinkAct.ReligiousPracticeOnly] = "religious practice",
        [Violence.MinorPropertyDamage] = "minor damage to property",
        [Violence.SeriousPropertyDamage] = "serious damage to property",
        [Violence.AgainstPersons] = "violence against persons",
        [Violence.Lethal] = "lethal violence",
        [Violence.None] = "no violence",
        [RefugeeStatusKind.AsylumSeekerPending] = "a pending asylum claim",
        [RefugeeConfirmer.UnhcrMandate] = "UNHCR under its mandate",
        [EvidenceSource.NgoReport] = "NGO report",
        [Article2Basis.CompetentBodyFinding] = "finding of a competent body",
        [Article2Basis.AllegationOnly] = "allegation only",
        [IdentifierItem.DnaProfile] = "DNA profile",
        [IdentifierItem.IdentityDocument] = "identity-document data",
        [IdentifierItem.Photograph] = "a good-quality photograph",
        [IdentifierItem.ParentsNames] = "parents' names",
    };

    /// <summary>"pressureOnRelatives" becomes "pressure on relatives"; a few values have a fixed phrase.</summary>
    public static string Of(Enum value)
    {
        if (Phrases.TryGetValue(value, out var phrase))
        {
            return phrase;
        }

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
    public static string List(IEnumerable<string> items, string conjunction = "and")
    {
        var all = items.ToList();
        return all.Count switch
        {
            0 => "none",
            1 => all[0],
            _ => string.Join(", ", all.Take(all.Count - 1)) + $" {conjunction} " + all[^1],
        };
    }

    public static string Usd(int? amount) => amount is { } usd ? "USD " + usd.ToString("N0", CultureInfo.InvariantCulture) : "an unstated amount";

    public static string Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "an unknown date";

    public static string Charge(Charge charge) => $"Charge {charge.Id} ({Of(charge.Category)}{(string.IsNullOrWhiteSpace(charge.Provision) ? string.Empty : ", " + charge.Provision)})";

    public static string Detail(string? detail) => string.IsNullOrWhiteSpace(detail) ? "no detail recorded" : detail.TrimEnd('.');

    public static string Requester(Request request) => request.RequestingCountry ?? "the international entity";

    public static string Kind(RequestKind kind) => kind switch
    {
        RequestKind.RedNotice => "Red Notice request",
        RequestKind.Diffusion => "wanted-person diffusion",
        RequestKind.BlueNotice => "Blue notice request",
        RequestKind.BlueDiffusion => "Blue diffusion",
        RequestKind.YellowNotice => "Yellow notice request",
        RequestKind.Message => "message",
        _ => "SLTD record",
    };

    /// <summary>"a Red Notice", "a diffusion" (the older wording of both), or "a Blue notice request" and so on.</summary>
    public static string KindWithArticle(RequestKind kind) => kind switch
    {
        RequestKind.RedNotice => "a Red Notice",
        RequestKind.Diffusion => "a diffusion",
        RequestKind.SltdRecord => "an SLTD record",
        _ => "a " + Kind(kind),
    };

    public static string YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => "not stated",
    };
}
