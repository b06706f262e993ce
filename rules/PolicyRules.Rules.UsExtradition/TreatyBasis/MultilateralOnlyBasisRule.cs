namespace PolicyRules.Rules.UsExtradition.TreatyBasis;

[Name("USX-0208")]
[Description("A request relying only on a multilateral convention has no confirmed basis in U.S. practice: review.")]
[Citation(Sources.UsCode18, "§ 3184 (\"treaty or convention\")", Authority.Confirmed, Url = Sources.S3184)]
[Citation("UNTOC art. 16(5); UNCAC art. 44(6)", "U.S. notifications on conventions as a basis for extradition", Authority.Unconfirmed)]
[Citation(Sources.StateDepartment, "Report on International Extradition (§ 211, Pub. L. 106-113): practice rests almost entirely on bilateral treaties", Authority.Confirmed)]
[EffectiveFrom("1948-09-01")]
[Remarks("Open question Q9: a convention-only request is treated as no basis; USX-0201 or USX-0202 still speak to the treaty status.")]
internal sealed class MultilateralOnlyBasisRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        UsRequest r = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.None)
            .Match(() => r, x => x.Basis == UsRequestBasis.MultilateralConvention);

        Then()
            .Yield(ctx => ctx.Review(
                $"Request {r.Id} relies only on a multilateral convention; whether the United States accepts a convention such as UNTOC or UNCAC as a stand-alone basis for extradition is unconfirmed, so by default it is not enough.",
                r));
    }
}
