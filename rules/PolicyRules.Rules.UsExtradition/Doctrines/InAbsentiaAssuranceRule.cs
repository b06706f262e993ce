namespace PolicyRules.Rules.UsExtradition.Doctrines;

[Name("USX-0315")]
[Description("A conviction in absentia without a retrial assurance: it counts as a conviction, but the Secretary may require a retrial.")]
[Citation("Gallina v. Fraser", "278 F.2d 77 (2d Cir. 1960)", Authority.Confirmed)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
internal sealed class InAbsentiaAssuranceRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        UsSituation us = default!;
        Charge charge = default!;

        When()
            .Match(() => basis, b => b.Kind != BasisKind.None)
            .Match(() => us, u => !UsFacts.Assurances(u).RetrialAfterInAbsentia && UsFacts.Proc(u).SurrenderedOn == null)
            .Match(() => charge, c => c.ConvictedInAbsentia);

        Then()
            .Yield(ctx => ctx.Review(
                $"Charge {charge.Id} is a conviction in absentia; it counts as a conviction, but the Secretary of State may make surrender conditional on a retrial.",
                charge, us));
    }
}
