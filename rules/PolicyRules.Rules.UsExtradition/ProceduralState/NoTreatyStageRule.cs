namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0803")]
[Description("Stage marker: there is no basis for extradition and the 18 U.S.C. 3181(b) route is not open.")]
[Citation(Sources.UsCode18, "§ 3181", Authority.Confirmed, Url = Sources.Title18Ch209)]
[EffectiveFrom("1948-09-01")]
[Priority(1)]
internal sealed class NoTreatyStageRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        Section3181bElements s3181 = default!;
        Reference.TreatyStatus treaty = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.None)
            .Match(() => treaty)
            .Match(() => s3181, s => !(s.ElementsMetExceptCertification && treaty.State != Reference.TreatyState.InForce));

        Then()
            .Yield(ctx => new StageReached(ProcedureState.NotExtraditableNoTreaty));
    }
}
