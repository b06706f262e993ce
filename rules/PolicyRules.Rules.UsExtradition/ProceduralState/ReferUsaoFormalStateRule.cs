namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0709")]
[Description("Procedural state REFER_USAO_FORMAL: an effective formal request covers an extraditable charge; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.Crm, "617", Authority.Confirmed, Url = Sources.Crm617)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
internal sealed class ReferUsaoFormalStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.ReferUsaoFormal)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: REFER_USAO_FORMAL. Next lawful step: the U.S. Attorney files a complaint with the documents and seeks a warrant{treaty.DataCaveat}.",
                current, treaty));
    }
}
