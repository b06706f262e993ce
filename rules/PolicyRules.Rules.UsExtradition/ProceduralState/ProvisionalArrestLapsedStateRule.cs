namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0712")]
[Description("Procedural state PROVISIONAL_ARREST_LAPSED: the provisional-arrest period ended without a formal request; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.Fam7, "1621.1", Authority.Confirmed, Url = Sources.Fam1620)]
[EffectiveFrom("1948-09-01")]
internal sealed class ProvisionalArrestLapsedStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.ProvisionalArrestLapsed)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: PROVISIONAL_ARREST_LAPSED. Next lawful step: release may be sought; a later formal request and re-arrest are not barred{treaty.DataCaveat}.",
                current, treaty));
    }
}
