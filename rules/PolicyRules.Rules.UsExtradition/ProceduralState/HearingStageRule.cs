namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0814")]
[Description("Stage marker: the 3184 hearing has been held.")]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
[Priority(1)]
internal sealed class HearingStageRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => ProceduralRecord.Hearing(u));

        Then()
            .Yield(ctx => new StageReached(ProcedureState.Hearing));
    }
}
