namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0804")]
[Description("Stage marker: 18 U.S.C. 3181(b) elements 1-3 are met without a treaty; the Attorney General's certification is missing.")]
[Citation(Sources.UsCode18, "§ 3181(b)", Authority.Confirmed, Url = Sources.Title18Ch209)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
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
