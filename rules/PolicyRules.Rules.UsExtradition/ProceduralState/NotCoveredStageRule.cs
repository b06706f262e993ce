namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0805")]
[Description("Stage marker: no charge is covered (each fails dual criminality or is not covered, and at least one is not covered).")]
[Citation(Sources.Fam7, "1612", Authority.Confirmed, Url = Sources.Fam1610)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
[Priority(1)]
internal sealed class NotCoveredStageRule : PolicyRule
{
    public override void Define()
    {
        CaseSummary summary = default!;

        When()
            .Match(() => summary, s => s.NoneExtraditableDetermined);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.NotExtraditableNotCovered));
    }
}
