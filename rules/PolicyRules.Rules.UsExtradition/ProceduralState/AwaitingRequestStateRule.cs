namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0702")]
[Description("Procedural state AWAITING_REQUEST: the person is located but there is no effective request to act on; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
internal sealed class AwaitingRequestStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.AwaitingRequest)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: AWAITING_REQUEST. Next lawful step: no arrest; await a diplomatic or treaty-conforming request from {treaty.Name}, or complete the offence analysis{treaty.DataCaveat}.",
                current, treaty));
    }
}
