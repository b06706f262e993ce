namespace PolicyRules.Rules.UsImmigration.Derived;

/// <summary>
/// Null-safe views of the immigration track for rule conditions (expression trees cannot use <c>?.</c>), and the words
/// the findings are built from. An absent part reads as "not stated": no view turns an unknown into a "no".
/// </summary>
internal static class Immigration
{
    /// <summary>The ISO code of the United States: a refugee status granted by any other state is a grant elsewhere.</summary>
    public const string UnitedStates = "US";

    /// <summary>The most days after a final order within which a motion to reopen is due (INA 240(c)(7)(C)(i)).</summary>
    public const int ReopenDays = 90;

    private static readonly Facts.UsImmigration NoTrack = new();
    private static readonly SeriousCrimeBar NoBar = new();
    private static readonly CustodyRedetermination NoCustody = new();

    /// <summary>The immigration track, or an empty one.</summary>
    public static Facts.UsImmigration Of(UsSituation us) => us.Immigration ?? NoTrack;

    /// <summary>How the notice is used for the serious-nonpolitical-crime bar, or nothing stated.</summary>
    public static SeriousCrimeBar Bar(UsSituation us) => Of(us).SeriousCrimeBar ?? NoBar;

    /// <summary>The custody redetermination, or nothing stated.</summary>
    public static CustodyRedetermination Custody(UsSituation us) => Of(us).Custody ?? NoCustody;

    /// <summary>ICE holds the person and the case states the notice alone as the basis (IMM-0201, and IMM-0206 before the directive).</summary>
    public static bool HeldOnNoticeAlone(UsSituation us) => Of(us).IceDetention && Of(us).DetentionBasis == DetentionBasis.RedNoticeOnly;

    /// <summary>ICE holds the person and the case does not say on what basis (IMM-0201 asks).</summary>
    public static bool HeldOnUnstatedBasis(UsSituation us) => Of(us).IceDetention && Of(us).DetentionBasis == null;

    public static Question DetentionBasisQuestion() => new(
        "On what basis does ICE hold the person: the notice alone, or grounds independent of it?",
        new Answer("the notice alone", "$.us.immigration.detentionBasis", "\"redNoticeOnly\""),
        new Answer("independent grounds", "$.us.immigration.detentionBasis", "\"independentGrounds\""));

    /// <summary>DHS is stated to offer the notice as evidence for the bar.</summary>
    public static bool NoticeOffered(UsSituation us) => Bar(us).NoticeOffered == true;

    /// <summary>An application for <paramref name="relief"/> is stated to be pending.</summary>
    public static bool Pending(UsSituation us, Relief relief) =>
        Of(us).Reliefs.Any(a => a.Relief == relief && a.Status == ReliefStatus.Pending);

    /// <summary>A pending application the serious-nonpolitical-crime bar reaches: asylum, or withholding under the INA or CAT.</summary>
    public static bool BarrablePending(UsSituation us) =>
        Pending(us, Relief.Asylum) || Pending(us, Relief.Withholding) || Pending(us, Relief.CatWithholding);

    /// <summary>A torture claim: a pending CAT application of either kind.</summary>
    public static bool TortureClaimPending(UsSituation us) => Pending(us, Relief.CatDeferral) || Pending(us, Relief.CatWithholding);

    /// <summary>The pending applications the bar reaches, in words: "asylum and withholding under INA 241(b)(3)".</summary>
    public static string BarrableReliefs(UsSituation us) => Words(new[]
    {
        Pending(us, Relief.Asylum) ? "asylum" : null,
        Pending(us, Relief.Withholding) ? "withholding under INA 241(b)(3)" : null,
        Pending(us, Relief.CatWithholding) ? "withholding under the Convention Against Torture" : null,
    });

    /// <summary>" to XX" when the removal destination is stated, else empty.</summary>
    public static string Destination(UsSituation us) => Of(us).RemovalDestination is { } to ? " to " + to : string.Empty;

    /// <summary>A day as yyyy-MM-dd, whatever the culture.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Where the 90 days for a motion to reopen stand on the as-of date, in a sentence.</summary>
    public static string ReopenWindow(DateOnly finalOrder, DateOnly asOf)
    {
        var due = finalOrder.AddDays(ReopenDays);
        var iso = Day(due);
        return asOf <= due
            ? $"A motion to reopen is due by {iso} ({due.DayNumber - asOf.DayNumber} days left)."
            : $"The 90 days for a motion to reopen ran out on {iso}; what remains is equitable tolling or reopening on the judge's or the Board's own motion.";
    }

    /// <summary>INTERPOL deleted the data of the request (on the CCF's decision or the General Secretariat's) or the General Secretariat blocked them.</summary>
    public static bool InterpolWithdrew(InterpolHistoryEntry entry) =>
        entry.Kind is InterpolHistoryKind.GsDeletion or InterpolHistoryKind.GsBlock
        || (entry.Kind == InterpolHistoryKind.CcfApplication && entry.Decision == CcfDecision.Deleted);

    /// <summary>What INTERPOL did with the notice, in words, from its stated history.</summary>
    public static string Withdrawals(IEnumerable<InterpolHistoryEntry> entries, Request request) =>
        "INTERPOL " + string.Join(" and ", entries.Select(e => e.Kind switch
        {
            InterpolHistoryKind.GsBlock => $"blocked the {Notice(request)} on {Stated(e.Date)} as an interim measure",
            InterpolHistoryKind.GsDeletion => $"deleted the {Notice(request)} on {Stated(e.Date)}",
            _ => $"deleted the {Notice(request)} on the CCF's decision of {Stated(e.DecidedOn)}",
        }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private static string Stated(DateOnly? day) => day is { } d ? Day(d) : "a day not stated";

    /// <summary>"Red Notice" or "diffusion".</summary>
    public static string Notice(Request request) => request.Kind switch
    {
        RequestKind.RedNotice => "Red Notice",
        RequestKind.Diffusion => "diffusion",
        RequestKind.BlueNotice => "Blue notice",
        RequestKind.BlueDiffusion => "Blue diffusion",
        RequestKind.YellowNotice => "Yellow notice",
        RequestKind.Message => "INTERPOL message",
        _ => "SLTD record",
    };

    /// <summary>The ICE Directive 15006.1 checks stated not done, and those not stated, in words; empty when all are done.</summary>
    public static string SafeguardGaps(UsSituation us)
    {
        var s = Of(us).Safeguards;
        (bool? Done, string What)[] checks =
        [
            (s.NoticeVerifiedCurrent, "verification that the notice is current and active"),
            (s.AbuseReviewDone, "a review for abuse or non-compliance with INTERPOL's rules"),
            (s.SupervisoryApproval, "supervisory approval"),
            (s.NcbDocumentsAuthorised, "the underlying documents from the U.S. National Central Bureau with its authorisation"),
        ];
        var notDone = Words(checks.Where(c => c.Done == false).Select(c => c.What));
        var notStated = Words(checks.Where(c => c.Done is null).Select(c => c.What));
        return notDone.Length > 0 && notStated.Length > 0 ? $"{notDone} (and it is not stated whether {notStated} came first)"
            : notDone.Length > 0 ? notDone
            : notStated.Length > 0 ? $"a stated {notStated}"
            : string.Empty;
    }

    /// <summary>Every Directive check is stated done.</summary>
    public static bool SafeguardsAllDone(UsSituation us)
    {
        var s = Of(us).Safeguards;
        return s.NoticeVerifiedCurrent == true && s.AbuseReviewDone == true && s.SupervisoryApproval == true && s.NcbDocumentsAuthorised == true;
    }

    /// <summary>The Matter of Guerra factors the case states, each for or against release, and those it leaves unknown.</summary>
    public static string GuerraFactors(UsSituation us)
    {
        var c = Custody(us);
        (bool? Value, string Yes, string No, string Name)[] factors =
        [
            (c.FixedAddress, "a fixed address", "no fixed address", "a fixed address"),
            (c.FamilyTies, "family ties in the United States", "no family ties in the United States", "family ties"),
            (c.Employment, "a stable employment history", "no stable employment", "employment"),
            (c.AppearedAtHearings, "appearance at every hearing so far", "a missed hearing", "the record of appearance"),
            (c.UsCriminalRecord, "a U.S. criminal record", "no U.S. criminal record", "any U.S. criminal record"),
        ];
        var stated = Words(factors.Where(f => f.Value is not null).Select(f => f.Value == true ? f.Yes : f.No));
        var unknown = Words(factors.Where(f => f.Value is null).Select(f => f.Name));
        return (stated.Length > 0 ? $"stated: {stated}" : "none stated")
            + (unknown.Length > 0 ? $"; not stated: {unknown}" : string.Empty);
    }

    /// <summary>A context kind that tends to show the prosecution behind the notice is politically motivated.</summary>
    public static bool ShowsPoliticalMotive(ContextIndicator i) => i.ConcernsThisPerson
        && (i.Kind is ContextKind.PublishedCampaignList or ContextKind.PressureOnRelatives or ContextKind.AgentsAbroad
            or ContextKind.StatedSubstituteForExtradition or ContextKind.InternationalBodyFinding or ContextKind.PersecutionCampaignAgainstGroup
            || (i.Kind == ContextKind.OtherStateRefusedExtradition && i.Grounds is RefusalGrounds.PoliticalOffence or RefusalGrounds.HumanRights));

    /// <summary>The signs of political motive among <paramref name="indicators"/>, in words, each once, in a stable order.</summary>
    public static string Signs(IEnumerable<ContextIndicator> indicators) =>
        Words(indicators.Select(i => i.Kind).Distinct().Order().Select(SignWords));

    private static string SignWords(ContextKind kind) => kind switch
    {
        ContextKind.PublishedCampaignList => "a published campaign list naming the person",
        ContextKind.PressureOnRelatives => "pressure on the person's relatives",
        ContextKind.AgentsAbroad => "agents of the requesting state acting against the person abroad",
        ContextKind.StatedSubstituteForExtradition => "a statement that notices stand in for extradition",
        ContextKind.InternationalBodyFinding => "an international body's finding that the prosecution is abusive",
        ContextKind.PersecutionCampaignAgainstGroup => "a persecution campaign against the person's group",
        ContextKind.OtherStateRefusedExtradition => "another state's refusal to extradite on political or human-rights grounds",
        _ => Vocabulary.Name(kind),
    };

    /// <summary>The IDs of findings, each once, in order: "INT-0102, INT-0401".</summary>
    public static string RuleIds(IEnumerable<Finding> findings) =>
        string.Join(", ", findings.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal));

    /// <summary>"a", "a and b", "a, b and c"; empty for none.</summary>
    public static string Words(IEnumerable<string?> items)
    {
        var list = items.OfType<string>().ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }
}
