namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0435")]
[Description("A violation of regional or unilateral sanctions (or of sanctions not identified) is reviewed for the sanction's objective and its alignment with the international community.")]
[Citation(Sources.Rop, "§3.7", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
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
