namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0435")]
[Description("A violation of regional or unilateral sanctions (or of sanctions not identified) is reviewed for the sanction's objective and its alignment with the international community.")]
[Citation(Sources.Rop, "§3.7", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
internal sealed class RegionalOrUnilateralSanctionsRule : PolicyRule
{
    public override void Define()
    {
        Charge charge = default!;

        When()
            .Match(() => charge, c => c.Category == OffenceCategory.SanctionsViolation,
                c => c.SanctionsRegime == null || c.SanctionsRegime == SanctionsRegime.RegionalOrUnilateral);

        Then()
            .Yield(ctx => ctx.Review(
                $"{Words.Charge(charge)} is a violation of {(charge.SanctionsRegime == null ? "unspecified" : "regional or unilateral")} sanctions; the sanction's objective and its alignment with the international community must be checked (Repository of Practice §3.7).",
                charge));
    }
}
