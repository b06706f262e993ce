namespace PolicyRules.Rules.UsExtradition.DualCriminality;

[Name("USX-0304")]
[Description("After the complaint, a coverage or dual-criminality failure is for the extradition court, not for the screening.")]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[Citation("Fernandez v. Phillips", "268 U.S. 311 (1925), as quoted in Eain v. Wilkes", Authority.Confirmed)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
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
