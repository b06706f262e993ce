namespace PolicyRules.Rules.UsExtradition.Doctrines;

[Name("USX-0314")]
[Description("A capital charge without an assurance that the death penalty will not be imposed or carried out: the Secretary may refuse surrender.")]
[Citation("U.S.-U.K. Extradition Treaty (2003)", "Art. 7", Authority.Confirmed)]
[Citation(Sources.TreatyList, "death-penalty clauses in older treaties", Authority.Unconfirmed)]
[EffectiveFrom("1948-09-01")]
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
