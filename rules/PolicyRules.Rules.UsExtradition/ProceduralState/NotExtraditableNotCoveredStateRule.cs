namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0705")]
[Description("Procedural state NOT_EXTRADITABLE_NOT_COVERED: no charge is covered by the treaty; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.Fam7, "1612", Authority.Confirmed, Url = Sources.Fam1610)]
[EffectiveFrom("1948-09-01")]
internal sealed class NotExtraditableNotCoveredStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.NotExtraditableNotCovered)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: NOT_EXTRADITABLE_NOT_COVERED. Next lawful step: none on this request; no arrest{treaty.DataCaveat}.",
                current, treaty));
    }
}
