namespace PolicyRules.Rules.Interpol.Predominance;

[Name("INT-0901")]
[Description("When political-context indicators are present and a charge could support the request, a reviewer must apply the predominance test of RPD Art. 34(3); every factor is listed with the way it points.")]
[Citation(Sources.Constitution, "Art. 3", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rpd, "Art. 34(3)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Neutrality, "AGN/20/RES/11", Authority.Confirmed, Url = Sources.NeutralityUrl)]
[Citation(Sources.Rop, "§2.2 paras 47-58", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: Article 3 of the INTERPOL Constitution, in force since 13 June 1956 [C] (INTERPOL traces the neutrality clause to 1948 and the choice to confine itself to ordinary-law crime to 1946); the rule applies from then. The RPD articles and the Repository of Practice it also cites interpret that article in the practice of 2012 and later; for earlier dates the reviewer reads them as that practice, not as the law then in force.")]
[Remarks("Decides open question Q1: the engine never decides predominance itself. The Repository gives no weights and its published practice shows the same surface facts going either way, so encoding weights would claim a precision the sources do not have.")]
internal sealed class PredominanceWeighingRequiredRule : PolicyRule
{
    public override void Define()
    {
        PoliticalContext context = default!;
        IEnumerable<PredominanceFactor> factors = default!;

        When()
            .Match(() => context)
            .Exists<WeighableCharge>()
            .Query(() => factors, q => q.Match<PredominanceFactor>().Collect());

        Then()
            .Yield(ctx => ctx.Review(
                $"Political-context indicators are present, so the predominance test of RPD Art. 34(3) must be applied by a reviewer. {Factors.Summary(factors)}",
                context));
    }
}
