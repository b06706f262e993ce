namespace PolicyRules.Rules.UsExtradition.Section3188;

[Name("USX-0411")]
[Description("More than two months since commitment without surrender: on application the judge may discharge the person unless sufficient cause is shown (18 U.S.C. 3188).")]
[Citation(Sources.UsCode18, "§ 3188", Authority.Confirmed, Url = Sources.S3188)]
[Citation("Extradition practice", "pending habeas as \"sufficient cause\"", Authority.Unconfirmed)]
[EffectiveFrom("1948-09-01")]
internal sealed class Section3188PeriodElapsedRule : PolicyRule
{
    public override void Define()
    {
        CommitmentClock c3188 = default!;

        When()
            .Match(() => c3188, c => c.Elapsed);

        Then()
            .Yield(ctx => ctx.Review(
                $"More than two months (plus {c3188.TravelAllowanceDays} days to convey the person) have passed since commitment on {c3188.CommittedText} without surrender; on application, with notice to the Secretary of State, the judge may order discharge unless sufficient cause is shown.",
                c3188));
    }
}
