namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0908")]
[Description("The case's procedural state is the highest-precedence stage its facts reach.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[EffectiveFrom("1948-09-01")]
[Remarks("Later court and executive events override screening facts; terminal facts come before custody facts; at screening a withdrawn notice ends the matter first, a missing basis comes before coverage, and coverage comes before requests, so a request cannot lead to a referral when nothing is extraditable. The order is the order of `ProcedureState`. This rule negates stage markers, which other rules yield, and yields the state, so it never re-triggers itself.")]
[Priority(1)]
internal sealed class CurrentStateRule : PolicyRule
{
    public override void Define()
    {
        StageReached stage = default!;

        When()
            .Match(() => stage)
            .Not<StageReached>(other => other.State > stage.State);

        Then()
            .Yield(ctx => new CurrentState(stage.State));
    }
}
