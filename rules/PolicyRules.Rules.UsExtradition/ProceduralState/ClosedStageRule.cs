namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0807")]
[Description("Stage marker: the notice was cancelled or expired and no effective request is pending.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
[Priority(1)]
internal sealed class ClosedStageRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        EffectiveRequests requests = default!;

        When()
            .Match(() => request, r => !r.Active)
            .Match(() => requests, e => !e.Any);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.Closed));
    }
}
