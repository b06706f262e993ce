namespace PolicyRules.Rules.Interpol.Law;

/// <summary>The spec's factor table (section 2.1) for context indicators and statuses: which RPD Art. 34(3) factor each is, and its wording.</summary>
internal static class Factors
{
    public static readonly PersonStatus[] OpeningStatuses =
        [PersonStatus.OppositionPolitician, PersonStatus.Journalist, PersonStatus.HumanRightsDefender, PersonStatus.PoliticalActivist];

    public static readonly PersonStatus[] OtherStatuses =
        [PersonStatus.Politician, PersonStatus.FormerOfficial, PersonStatus.SittingOfficial, PersonStatus.Military, PersonStatus.EthnicMinority, PersonStatus.ReligiousMinority];

    /// <summary>"a former official and a member of an ethnic minority".</summary>
    public static string Statuses(IEnumerable<PersonStatus> statuses) => Words.List(statuses.Select(s => s switch
    {
        PersonStatus.Politician => "a politician",
        PersonStatus.OppositionPolitician => "an opposition politician",
        PersonStatus.FormerOfficial => "a former official",
        PersonStatus.SittingOfficial => "a sitting official",
        PersonStatus.Journalist => "a journalist",
        PersonStatus.HumanRightsDefender => "a human-rights defender",
        PersonStatus.PoliticalActivist => "a political activist",
        PersonStatus.Military => "a member of the armed forces",
        PersonStatus.EthnicMinority => "a member of an ethnic minority",
        PersonStatus.ReligiousMinority => "a member of a religious minority",
        PersonStatus.RelativeOfWantedPerson => "a relative of a wanted person",
        _ => "a businessperson",
    }));

    /// <summary>Context kinds of factor (g), general context, that open the test.</summary>
    public static bool IsGeneralContext(ContextIndicator i) => i.Kind switch
    {
        ContextKind.PublishedCampaignList or ContextKind.PressureOnRelatives or ContextKind.AgentsAbroad or ContextKind.InformalRemovalDeal
            or ContextKind.ChangeOfGovernment or ContextKind.CoupOrUnrest or ContextKind.ElectionPeriod => true,
        ContextKind.StatedSubstituteForExtradition => i.Source is not (EvidenceSource.RequesterOfficial or EvidenceSource.CourtFinding),
        ContextKind.PersecutionCampaignAgainstGroup => i.Source is not (EvidenceSource.CourtFinding or EvidenceSource.InternationalBody),
        _ => false,
    };

    public static string GeneralContextText(ContextIndicator i) => i.Kind switch
    {
        ContextKind.PublishedCampaignList => $"a published campaign list naming the person ({Words.Detail(i.Detail)})",
        ContextKind.PressureOnRelatives => $"pressure on the person's relatives ({Words.Detail(i.Detail)})",
        ContextKind.AgentsAbroad => $"non-judicial attempts to return the person, such as agents acting abroad ({Words.Detail(i.Detail)})",
        ContextKind.InformalRemovalDeal => $"an informal removal arranged instead of extradition ({Words.Detail(i.Detail)})",
        ContextKind.ChangeOfGovernment => $"a change of government connected with the person ({Words.Detail(i.Detail)})",
        ContextKind.CoupOrUnrest => $"a coup or civil unrest connected with the request ({Words.Detail(i.Detail)})",
        ContextKind.ElectionPeriod => $"an election period involving the person ({Words.Detail(i.Detail)})",
        ContextKind.StatedSubstituteForExtradition => $"a reported, not attributable, statement that notices replace extradition ({Words.Detail(i.Detail)}, source: {Words.Of(i.Source)})",
        _ => $"a reported persecution campaign against the person's group ({Words.Detail(i.Detail)}, source: {Words.Of(i.Source)})",
    };

    /// <summary>Factor (c): earlier refusals and relabelling open the test; a general record counts but does not.</summary>
    public static bool IsSourceIndicator(ContextIndicator i) =>
        i.Kind is ContextKind.PriorInterpolRefusal or ContextKind.RelabelledCharges or ContextKind.RequesterPastMisuseRecord;

    public static string SourceText(ContextIndicator i) => i.Kind switch
    {
        ContextKind.PriorInterpolRefusal => $"an earlier refusal or deletion under Article 2 or 3 concerning this person or these facts ({Words.Detail(i.Detail)})",
        ContextKind.RelabelledCharges => $"the same facts resubmitted under new legal labels after a refusal ({Words.Detail(i.Detail)})",
        _ => $"the requester's general record of non-compliant requests ({Words.Detail(i.Detail)})",
    };

    /// <summary>Factor (d): the position of other countries and international bodies.</summary>
    public static bool IsOtherPosition(ContextIndicator i) =>
        i.Kind is ContextKind.OtherStateRefusedExtradition or ContextKind.InternationalBodyFinding;

    public static FactorDirection OtherPositionDirection(ContextIndicator i) =>
        i.Kind == ContextKind.InternationalBodyFinding || i.Grounds is RefusalGrounds.PoliticalOffence or RefusalGrounds.HumanRights
            ? FactorDirection.TowardsPolitical
            : FactorDirection.Neutral;

    public static string OtherPositionText(ContextIndicator i) => i.Kind == ContextKind.InternationalBodyFinding
        ? $"an international body found the prosecution abusive or politically motivated ({Words.Detail(i.Detail)})"
        : $"another state refused extradition on {(i.Grounds is { } g ? Words.Of(g) : "unstated")} grounds ({Words.Detail(i.Detail)})";

    /// <summary>Factor (f): the neutrality of the Organization.</summary>
    public static bool IsNeutralityIndicator(ContextIndicator i) =>
        i.Kind is ContextKind.PersonsStateObjects or ContextKind.ArmedConflictWithPersonsState;

    public static string NeutralityText(ContextIndicator i) => i.Kind == ContextKind.PersonsStateObjects
        ? $"the person's state of nationality objects to the request, a dispute under RPD Art. 135 ({Words.Detail(i.Detail)})"
        : $"the requester is in armed conflict or acute dispute with the person's state ({Words.Detail(i.Detail)})";

    /// <summary>Factor (e): the international-law obligation a charge falls under, or null.</summary>
    public static string? ObligationOf(Charge c, ChargeCharacterKind character)
    {
        if (Taxonomy.Uncac.Contains(c.Category)) { return "the UN Convention against Corruption"; }
        if (Taxonomy.ConventionOffences.Contains(c.Category)) { return "an anti-terrorism convention"; }
        if (c.Category == OffenceCategory.TerroristAct && (c.Terrorism?.LinkActs.Contains(LinkAct.ConventionOffence) ?? false)) { return "an anti-terrorism convention"; }
        if (c.Category == OffenceCategory.SanctionsViolation && c.SanctionsRegime is SanctionsRegime.Unsc or SanctionsRegime.MultilateralTreaty) { return "UN Security Council or multilateral sanctions"; }
        return character == ChargeCharacterKind.InternationalCrime ? "international criminal law" : null;
    }

    /// <summary>"points towards a political character (not decisive on its own)".</summary>
    public static string Points(PredominanceFactor f) => (f.Direction switch
    {
        FactorDirection.TowardsPolitical => "this points towards a political character",
        FactorDirection.TowardsOrdinary => "this points towards an ordinary-law character",
        _ => "this points neither way",
    }) + (f.OpensTest ? string.Empty : " (not decisive on its own)");

    /// <summary>The weighing summary of INT-0901: every factor, grouped by direction, in a stable order.</summary>
    public static string Summary(IEnumerable<PredominanceFactor> factors)
    {
        var all = factors.OrderBy(f => f.Letter).ThenBy(f => f.Indicator, StringComparer.Ordinal).ToList();
        string Group(FactorDirection d) => Words.List(all.Where(f => f.Direction == d).Select(f => $"({f.Letter}) {f.Indicator}"));
        return $"Towards a political character: {Group(FactorDirection.TowardsPolitical)}. Towards an ordinary-law character: {Group(FactorDirection.TowardsOrdinary)}. Neutral: {Group(FactorDirection.Neutral)}.";
    }
}
