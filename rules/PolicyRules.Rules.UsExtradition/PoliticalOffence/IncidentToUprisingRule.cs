namespace PolicyRules.Rules.UsExtradition.PoliticalOffence;

[Name("USX-0306")]
[Description("Relative political offence: the charged acts were incidental to a violent political uprising at that time and place; the incidence test, and whether an attack on civilians falls outside the exception, are for the court.")]
[Citation("Quinn v. Robinson", "783 F.2d 776 (9th Cir. 1986)", Authority.Confirmed)]
[Citation("Ordinola v. Hackman", "478 F.3d 588 (4th Cir. 2007) (objective test)", Authority.Confirmed)]
[Citation("Eain v. Wilkes", "641 F.2d 504 (7th Cir. 1981)", Authority.Confirmed)]
[Citation("Ahmad v. Wigen", "910 F.2d 1063 (2d Cir. 1990) (attacks on civilians not protected)", Authority.Confirmed)]
[Citation("Barapind v. Enomoto", "400 F.3d 744 (9th Cir. 2005) (per-charge analysis)", Authority.Confirmed)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
[Remarks("Open question Q4: one national rule with the incidence test and the civilian-target exclusion; circuit nuances (Quinn on geography and time, Ordinola on objectivity, Ahmad on civilians) appear only in the citations. The analysis is per charge (Barapind).")]
[Remarks("Legal review 2026-12-03, row USX-0306: the rule used to stay silent when civilians were targeted, which decided the question. Whether attacks on civilians fall outside the exception is for the court and varies by circuit (Ahmad v. Wigen, 2d Cir.; Eain v. Wilkes, 7th Cir.; the Solicitor General presented it as a question in Quinn, 1986), so the rule now flags every incidental charge and says when civilians were targeted.")]
[Remarks("Open question Q13: the attentat clause is not modelled; an attack on a head of state falls here as a review.")]
internal sealed class IncidentToUprisingRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        TreatyStatus treaty = default!;
        Charge charge = default!;

        When()
            .Match(() => basis, b => b.Kind != BasisKind.None)
            .Match(() => treaty)
            .Match(() => charge, c => UsFacts.IncidentToUprising(c), c => UsFacts.CarveOut(c, treaty) == null);

        Then()
            .Yield(ctx => ctx.Review(
                $"Charge {charge.Id} was allegedly committed in the course of, and incidental to, a violent political uprising at that time and place{(charge.Conduct.TargetedCivilians ? ", and civilians were targeted" : string.Empty)}; whether the political-offence exception applies (the incidence test{(charge.Conduct.TargetedCivilians ? ", and whether attacks on civilians fall outside it, on which the circuits differ" : string.Empty)}) is for the extradition court.",
                charge));
    }
}
