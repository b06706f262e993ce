namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0706")]
[Description("Procedural state NOT_EXTRADITABLE_DUAL_CRIMINALITY: no charged conduct is a crime under U.S. law; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.Fam7, "1612", Authority.Confirmed, Url = Sources.Fam1610)]
[EffectiveFrom("1948-09-01")]
internal sealed class NotExtraditableDualCriminalityStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.NotExtraditableDualCriminality)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: NOT_EXTRADITABLE_DUAL_CRIMINALITY. Next lawful step: none on this request; no arrest{treaty.DataCaveat}.",
                current, treaty));
    }
}
