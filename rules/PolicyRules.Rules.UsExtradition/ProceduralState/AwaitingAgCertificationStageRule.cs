namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0804")]
[Description("Stage marker: 18 U.S.C. 3181(b) elements 1-3 are met without a treaty; the Attorney General's certification is missing.")]
[Citation(Sources.UsCode18, "§ 3181(b)", Authority.Confirmed, Url = Sources.Title18Ch209)]
[EffectiveFrom("1948-09-01")]
[Priority(1)]
internal sealed class AwaitingAgCertificationStageRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        Section3181bElements s3181 = default!;
        Reference.TreatyStatus treaty = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.None)
            .Match(() => treaty, t => t.State != Reference.TreatyState.InForce)
            .Match(() => s3181, s => s.ElementsMetExceptCertification);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.AwaitingAgCertification));
    }
}
