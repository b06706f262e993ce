namespace PolicyRules.Rules.UsExtradition.Section3188;

[Name("USX-0907")]
[Description("Computes the 18 U.S.C. 3188 clock: two calendar months from commitment, plus the time allowed to convey the person out of the United States.")]
[Citation(Sources.UsCode18, "§ 3188", Authority.Confirmed, Url = Sources.S3188)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
[Remarks("The period is two calendar months from the certification and commitment date plus `travelAllowanceDays`; it has elapsed when the as-of date is later and the person was neither surrendered, discharged nor refused surrender by the Secretary.")]
[Priority(1)]
internal sealed class CommitmentClockRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        Evaluation evaluation = default!;

        When()
            .Match(() => us, u => ProceduralRecord.Certified(u), u => UsFacts.Proc(u).CertifiedOn != null)
            .Match(() => evaluation);

        Then()
            .Yield(ctx => new CommitmentClock
            {
                CommittedOn = UsFacts.Proc(us).CertifiedOn!.Value,
                Earliest = Calendar.Plus(UsFacts.Proc(us).CertifiedOn!.Value, 2, UsFacts.Proc(us).TravelAllowanceDays),
                TravelAllowanceDays = UsFacts.Proc(us).TravelAllowanceDays,
                Elapsed = evaluation.AsOf > Calendar.Plus(UsFacts.Proc(us).CertifiedOn!.Value, 2, UsFacts.Proc(us).TravelAllowanceDays)
                    && UsFacts.Proc(us).SurrenderedOn == null
                    && UsFacts.Proc(us).DischargedOn == null
                    && UsFacts.Proc(us).SecretaryDecision != SecretaryDecision.Denied,
            });
    }
}
