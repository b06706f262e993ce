namespace PolicyRules.Rules.UsExtradition.Section3188;

[Name("USX-0907")]
[Description("Computes the 18 U.S.C. 3188 clock: two calendar months from commitment, plus the time allowed to convey the person out of the United States.")]
[Citation(Sources.UsCode18, "§ 3188", Authority.Confirmed, Url = Sources.S3188)]
[EffectiveFrom("1948-09-01")]
[Remarks("The period is two calendar months from the certification and commitment date plus `travelAllowanceDays`; it has elapsed when the as-of date is later and the person was neither surrendered, discharged nor refused surrender by the Secretary.")]
[Priority(1)]
internal sealed class CommitmentClockRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        Evaluation evaluation = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).Certification == CertificationStatus.Certified, u => UsFacts.Proc(u).CertifiedOn != null)
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
