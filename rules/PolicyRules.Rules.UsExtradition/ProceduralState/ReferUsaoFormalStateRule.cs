namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0709")]
[Description("Procedural state REFER_USAO_FORMAL: an effective formal request covers an extraditable charge; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.Crm, "617", Authority.Confirmed, Url = Sources.Crm617)]
[EffectiveFrom("1948-09-01")]
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
