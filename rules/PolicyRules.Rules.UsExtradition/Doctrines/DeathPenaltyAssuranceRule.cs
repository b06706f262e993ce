namespace PolicyRules.Rules.UsExtradition.Doctrines;

[Name("USX-0314")]
[Description("A capital charge without an assurance that the death penalty will not be imposed or carried out: the Secretary may refuse surrender.")]
[Citation("U.S.-U.K. Extradition Treaty (2003)", "Art. 7", Authority.Confirmed)]
[Citation(Sources.TreatyList, "death-penalty clauses in older treaties", Authority.Unconfirmed)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
internal sealed class DeathPenaltyAssuranceRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        TreatyStatus treaty = default!;
        UsSituation us = default!;
        Charge charge = default!;

        When()
            .Match(() => basis, b => b.Kind != BasisKind.None)
            .Match(() => treaty)
            .Match(() => us, u => !UsFacts.Assurances(u).DeathPenalty && UsFacts.Proc(u).SurrenderedOn == null)
            .Match(() => charge, c => c.Capital);

        Then()
            .Yield(ctx => ctx.Review(
                $"Charge {charge.Id} carries the death penalty in {treaty.Name}; the Secretary of State may refuse surrender without an assurance that it will not be imposed or carried out.",
                charge, us));
    }
}
