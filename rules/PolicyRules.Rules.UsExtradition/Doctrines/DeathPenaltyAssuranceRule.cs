namespace PolicyRules.Rules.UsExtradition.Doctrines;

[Name("USX-0314")]
[Description("A capital charge without an assurance that the death penalty will not be imposed or carried out: the Secretary may refuse surrender.")]
[Citation("U.S.-U.K. Extradition Treaty (2003)", "Art. 7", Authority.Confirmed)]
[Citation(Sources.TreatyList, "death-penalty clauses in older treaties", Authority.Unconfirmed)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
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
