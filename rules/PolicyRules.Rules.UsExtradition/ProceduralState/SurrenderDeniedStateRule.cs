namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0718")]
[Description("Procedural state SURRENDER_DENIED: the Secretary of State denied surrender; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.Cfr22, "§ 95.3(b)", Authority.Confirmed, Url = Sources.Cfr95)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
internal sealed class SurrenderDeniedStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.SurrenderDenied)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: SURRENDER_DENIED. Next lawful step: release from extradition custody{treaty.DataCaveat}.",
                current, treaty));
    }
}
