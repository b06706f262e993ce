namespace PolicyRules.Rules.UsExtradition.TreatyBasis;

[Name("USX-0208")]
[Description("A request relying only on a multilateral convention has no confirmed basis in U.S. practice: review.")]
[Citation(Sources.UsCode18, "§ 3184 (\"treaty or convention\")", Authority.Confirmed, Url = Sources.S3184)]
[Citation("UNTOC art. 16(5); UNCAC art. 44(6)", "U.S. notifications on conventions as a basis for extradition", Authority.Unconfirmed)]
[Citation(Sources.StateDepartment, "Report on International Extradition (§ 211, Pub. L. 106-113): practice rests almost entirely on bilateral treaties", Authority.Confirmed)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
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
