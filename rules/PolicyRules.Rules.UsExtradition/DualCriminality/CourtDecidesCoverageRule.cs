namespace PolicyRules.Rules.UsExtradition.DualCriminality;

[Name("USX-0304")]
[Description("After the complaint, a coverage or dual-criminality failure is for the extradition court, not for the screening.")]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[Citation("Fernandez v. Phillips", "268 U.S. 311 (1925), as quoted in Eain v. Wilkes", Authority.Confirmed)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
[Remarks("Open question Q3: up to the complaint the findings model OIA's screening, which may decide; after it, court questions are flagged for the court.")]
internal sealed class CourtDecidesCoverageRule : PolicyRule
{
    public override void Define()
    {
        CaseSummary summary = default!;
        UsSituation us = default!;
        ChargeAssessment a = default!;

        When()
            .Match(() => summary, s => !s.Screening)
            .Match(() => us, u => !ProceduralRecord.CertificationDecided(u))
            .Match(() => a, x => x.Fails);

        Then()
            .Yield(ctx => ctx.Review(
                $"Charge {a.Charge.Id} appears not to be extraditable ({a.Why}); once a complaint is filed, treaty coverage and dual criminality are for the extradition court, with limited habeas review.",
                a));
    }
}
