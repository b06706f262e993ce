namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0704")]
[Description("Procedural state AWAITING_AG_CERTIFICATION: 18 U.S.C. 3181(b) elements 1-3 are met but the certification is missing; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.UsCode18, "§ 3181(b)", Authority.Confirmed, Url = Sources.Title18Ch209)]
[EffectiveFrom("1948-09-01")]
internal sealed class AwaitingAgCertificationStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.AwaitingAgCertification)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: AWAITING_AG_CERTIFICATION. Next lawful step: the Attorney General decides whether to certify under 18 U.S.C. 3181(b); no arrest before then{treaty.DataCaveat}.",
                current, treaty));
    }
}
