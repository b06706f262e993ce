namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0413")]
[Description("After the hearing, whether the evidence sustains the charge is for the extradition judge.")]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[Citation("Eain v. Wilkes", "641 F.2d 504 (7th Cir. 1981)", Authority.Confirmed)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
internal sealed class CertificationForJudgeRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => ProceduralRecord.Hearing(u) && !ProceduralRecord.CertificationDecided(u));

        Then()
            .Yield(ctx => ctx.Review(
                "Whether the evidence is sufficient to sustain the charge (probable cause, identity, treaty coverage, no judicial bar) is for the extradition judge.",
                us));
    }
}
