namespace PolicyRules.Rules.UsExtradition.Section3188;

[Name("USX-0907")]
[Description("Computes the 18 U.S.C. 3188 clock: two calendar months from commitment, plus the time allowed to convey the person out of the United States.")]
[Citation(Sources.UsCode18, "§ 3188", Authority.Confirmed, Url = Sources.S3188)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
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
