namespace PolicyRules.Rules.UsExtradition.Doctrines;

[Name("USX-0315")]
[Description("A conviction in absentia without a retrial assurance: it counts as a conviction, but the Secretary may require a retrial.")]
[Citation("Gallina v. Fraser", "278 F.2d 77 (2d Cir. 1960)", Authority.Confirmed)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
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
