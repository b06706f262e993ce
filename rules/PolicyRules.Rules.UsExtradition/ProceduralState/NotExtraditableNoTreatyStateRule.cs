namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0703")]
[Description("Procedural state NOT_EXTRADITABLE_NO_TREATY: there is no extradition treaty in force and 18 U.S.C. 3181(b) is not open; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.UsCode18, "§ 3181(a)", Authority.Confirmed, Url = Sources.Title18Ch209)]
[EffectiveFrom("1948-09-01")]
internal sealed class NotExtraditableNoTreatyStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.NotExtraditableNoTreaty)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: NOT_EXTRADITABLE_NO_TREATY. Next lawful step: no arrest and no provisional arrest; only routes other than extradition (such as immigration) remain, and those may not serve as a substitute for it{treaty.DataCaveat}.",
                current, treaty));
    }
}
