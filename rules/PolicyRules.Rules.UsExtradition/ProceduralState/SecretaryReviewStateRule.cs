namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0716")]
[Description("Procedural state SECRETARY_REVIEW: the person is certified extraditable and committed; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.UsCode18, "§ 3186", Authority.Confirmed, Url = Sources.S3186)]
[EffectiveFrom("1948-09-01")]
internal sealed class SecretaryReviewStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.SecretaryReview)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: SECRETARY_REVIEW. Next lawful step: the Secretary of State decides on surrender (18 U.S.C. 3186, torture review, assurances){treaty.DataCaveat}.",
                current, treaty));
    }
}
