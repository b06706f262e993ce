namespace PolicyRules.Rules.Interpol.DataQuality;

[Name("INT-0203")]
[Description("A Red Notice needs, for every charge, the penal provision and the maximum penalty or the sentence.")]
[Citation(Sources.Rpd, "Art. 83(2)(b)(ii)-(iv)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("A Red Notice with no charge at all is refused here too (RPD Art. 83(2)(b)(ii)).")]
[Remarks("Only stated gaps refuse: a charge whose provision or penalty the request is known not to state (`lacks`). A provision or penalty nobody has stated is unknown, and INT-0211 asks for it.")]
[Addresses(Elements.JudicialData)]
internal sealed class MinimumJudicialDataMissingRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        IEnumerable<Charge> charges = default!;
        IEnumerable<PenaltyStatus> incomplete = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice)
            .Query(() => charges, q => q.Match<Charge>().Collect())
            .Query(() => incomplete, q => q.Match<PenaltyStatus>(p => Questions.JudicialDataGapStated(p.Charge)).Collect())
            .Having(() => incomplete.Any() || !charges.Any());

        Then()
            .Yield(ctx => ctx.Deny(
                !charges.Any()
                    ? "Minimum judicial data are incomplete: no charge is stated (RPD Art. 83(2)(b)(ii))."
                    : $"Minimum judicial data are incomplete: {Words.List(incomplete.OrderBy(p => p.Charge.Id, StringComparer.Ordinal).Select(p => $"charge {p.Charge.Id} lacks {(p.Charge.Lacks.Contains(ChargeItem.Provision) ? (p.Charge.Lacks.Contains(ChargeItem.Penalty) ? "the penal provision and the penalty (RPD Art. 83(2)(b)(iii)-(iv))" : "the applicable penal provision (RPD Art. 83(2)(b)(iii))") : "the maximum penalty or the sentence (RPD Art. 83(2)(b)(iv))")}"))}.",
                request));
    }
}
