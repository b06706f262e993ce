namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0715")]
[Description("Procedural state NOT_CERTIFIED_DISCHARGED: the judge did not certify; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[EffectiveFrom("1948-09-01")]
internal sealed class NotCertifiedDischargedStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.NotCertifiedDischarged)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: NOT_CERTIFIED_DISCHARGED. Next lawful step: discharge from extradition custody; the government may file a new complaint{treaty.DataCaveat}.",
                current, treaty));
    }
}
