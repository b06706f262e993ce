namespace PolicyRules.Rules.UsExtradition.Derived;

/// <summary>
/// Null-safe views of the optional parts of the U.S. situation, for rule conditions (expression trees cannot use <c>?.</c>).
/// An absent part reads as its defaults: no proceedings, no claims, no assurances, no immigration track.
/// </summary>
internal static class UsFacts
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

    /// <summary>The prior U.S. prosecutions in words, e.g. "charge c1 (acquitted)".</summary>
    public static string Prosecutions(UsSituation us) =>
        string.Join("; ", us.PriorUsProsecutions.Select(p => $"charge {p.ChargeId} ({Vocabulary.Name(p.Outcome)})"));

    /// <summary>Whether a state means extradition failed or is impossible on the current request.</summary>
    public static bool ExtraditionFailed(ProcedureState state) => state is ProcedureState.NotExtraditableNotCovered
        or ProcedureState.NotExtraditableDualCriminality or ProcedureState.ProvisionalArrestLapsed
        or ProcedureState.NotCertifiedDischarged or ProcedureState.SurrenderDenied or ProcedureState.Released3188
        or ProcedureState.NotExtraditableNoTreaty;

    /// <summary>The IDs of INTERPOL findings, e.g. "INT-0401, INT-0102".</summary>
    public static string RuleIds(IEnumerable<Finding> findings) =>
        string.Join(", ", findings.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal));

    /// <summary>Whether a category is a pure political offence (offences against the state only).</summary>
    public static bool PurePolitical(OffenceCategory category) =>
        category is OffenceCategory.Treason or OffenceCategory.Sedition or OffenceCategory.Espionage;

    /// <summary>Whether a category is an offence under a multilateral extradite-or-prosecute convention.</summary>
    public static bool ConventionOffence(OffenceCategory category) =>
        category is OffenceCategory.AircraftHijacking or OffenceCategory.AircraftSabotage or OffenceCategory.AttackOnProtectedPerson
            or OffenceCategory.HostageTaking or OffenceCategory.DrugTrafficking or OffenceCategory.TerroristBombing
            or OffenceCategory.TerrorismFinancing;

    /// <summary>Whether the charge meets both limbs of the incidence test and spared civilians.</summary>
    public static bool IncidentToUprising(Charge charge) =>
        charge.Conduct.PoliticalUprisingAtTimeAndPlace && charge.Conduct.IncidentalToUprising;

    /// <summary>What a treaty carve-out removes from the exception for this charge, or null when none applies.</summary>
    public static string? CarveOut(Charge charge, Reference.TreatyStatus treaty) =>
        treaty.State != Reference.TreatyState.InForce ? null
        : treaty.ViolentCrimeCarveOut == true && charge.Conduct.Violence != Violence.None ? "violent crimes"
        : treaty.MultilateralCarveOut == true && ConventionOffence(charge.Category) ? "offences under multilateral conventions"
        : null;

    /// <summary>A date as yyyy-MM-dd; "unknown" when null.</summary>
    public static string Iso(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown";

    /// <summary>The name of an enum value as case files write it, e.g. "redNotice".</summary>
    public static string Name(Enum value) => Vocabulary.Name(value);

    /// <summary>A vocabulary value in plain words, e.g. "court finding" for courtFinding.</summary>
    public static string Words(Enum value) =>
        string.Concat(value.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? " " + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));

    /// <summary>
    /// Whether a context item concerning the person is a sign that the requesting state abuses INTERPOL communications for
    /// a politically motivated or other unlawful end (22 U.S.C. 263b(a)-(b)): the signs the transnational-repression rules
    /// read, and an earlier refusal or deletion by INTERPOL.
    /// </summary>
    public static bool AbuseSign(ContextIndicator indicator) =>
        indicator.ConcernsThisPerson && indicator.Kind is ContextKind.PublishedCampaignList or ContextKind.PressureOnRelatives
            or ContextKind.AgentsAbroad or ContextKind.StatedSubstituteForExtradition or ContextKind.PriorInterpolRefusal;

    /// <summary>INTERPOL deleted the data of the request: on the CCF's decision, or the General Secretariat's.</summary>
    public static bool InterpolDeleted(InterpolHistoryEntry entry) =>
        entry.Kind == InterpolHistoryKind.GsDeletion || (entry.Kind == InterpolHistoryKind.CcfApplication && entry.Decision == CcfDecision.Deleted);

    /// <summary>INTERPOL deleted the data of the request or the General Secretariat blocked them.</summary>
    public static bool InterpolWithdrew(InterpolHistoryEntry entry) => InterpolDeleted(entry) || entry.Kind == InterpolHistoryKind.GsBlock;

    /// <summary>What INTERPOL did, in words: "deleted the notice on the CCF's decision of 2024-11-20".</summary>
    public static string Withdrawal(InterpolHistoryEntry entry) => entry.Kind switch
    {
        InterpolHistoryKind.GsBlock => $"blocked the notice on {Iso(entry.Date)} as an interim measure pending the General Secretariat's examination",
        InterpolHistoryKind.GsDeletion => $"deleted the notice on {Iso(entry.Date)} after the General Secretariat examined it",
        _ => $"deleted the notice on the CCF's decision of {Iso(entry.DecidedOn)}",
    };

    /// <summary>The signs of abuse in words, e.g. "pressure on relatives; the INTERPOL screening refused it under INT-0202".</summary>
    public static string AbuseSigns(IEnumerable<ContextIndicator> signs, IEnumerable<Finding> refusals, IEnumerable<InterpolHistoryEntry> withdrawals)
    {
        var items = signs.Select(s => Words(s.Kind)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        items.AddRange(withdrawals.Select(w => "INTERPOL " + Withdrawal(w)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        if (refusals.Any())
        {
            items.Add($"the INTERPOL screening refused it under {RuleIds(refusals)}");
        }

        return string.Join("; ", items);
    }

    /// <summary>The request kind in words: "Red Notice" or "diffusion".</summary>
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
}
