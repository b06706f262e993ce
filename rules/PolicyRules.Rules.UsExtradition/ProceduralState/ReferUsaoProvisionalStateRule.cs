namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0708")]
[Description("Procedural state REFER_USAO_PROVISIONAL: an effective provisional-arrest request covers an extraditable charge; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.Crm, "615", Authority.Confirmed, Url = Sources.Crm615)]
[EffectiveFrom("1948-09-01")]
internal sealed class ReferUsaoProvisionalStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.ReferUsaoProvisional)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: REFER_USAO_PROVISIONAL. Next lawful step: the U.S. Attorney files a complaint and seeks a provisional-arrest warrant{treaty.DataCaveat}.",
                current, treaty));
    }
}
