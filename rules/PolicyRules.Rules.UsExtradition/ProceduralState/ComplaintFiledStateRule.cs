namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0710")]
[Description("Procedural state COMPLAINT_FILED: a 3184 complaint has been filed; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[EffectiveFrom("1948-09-01")]
internal sealed class ComplaintFiledStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.ComplaintFiled)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: COMPLAINT_FILED. Next lawful step: a warrant issues and the person may be arrested on it{treaty.DataCaveat}.",
                current, treaty));
    }
}
