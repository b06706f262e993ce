namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0701")]
[Description("Procedural state NOT_LOCATED: the person has not been located in the United States; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[EffectiveFrom("1948-09-01")]
internal sealed class NotLocatedStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.NotLocated)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: NOT_LOCATED. Next lawful step: none in the United States; the notice stays on lookout lists{treaty.DataCaveat}.",
                current, treaty));
    }
}
