namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0812")]
[Description("Stage marker: the provisional-arrest period lapsed without a formal request, or the person was discharged for that reason.")]
[Citation(Sources.Fam7, "1621.1", Authority.Confirmed, Url = Sources.Fam1620)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
[Priority(1)]
internal sealed class ProvisionalArrestLapsedStageRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        IEnumerable<ProvisionalArrestClock> lapsed = default!;

        When()
            .Match(() => us)
            .Query(() => lapsed, q => q.Match<ProvisionalArrestClock>(c => c.Lapsed && c.Formal == null).Collect())
            .Having(() => lapsed.Any() || UsFacts.Proc(us).DischargeReason == DischargeReason.ProvisionalArrestLapse);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.ProvisionalArrestLapsed));
    }
}
