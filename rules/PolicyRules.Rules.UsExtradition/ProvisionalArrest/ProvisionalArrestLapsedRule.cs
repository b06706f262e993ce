namespace PolicyRules.Rules.UsExtradition.ProvisionalArrest;

[Name("USX-0406")]
[Description("The provisional-arrest period lapsed without a formal request in time: the person may be released, but a later request is not barred.")]
[Citation(Sources.Fam7, "1621.1 (provisional arrest periods)", Authority.Confirmed, Url = Sources.Fam1620)]
[Citation(Sources.Crm, "615", Authority.Confirmed, Url = Sources.Crm615)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
[Remarks("Open question Q11: the deadline day is inside the period, there is no tolling, and a lapse ends the custody, not the eligibility.")]
internal sealed class ProvisionalArrestLapsedRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        ProvisionalArrestClock clock = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).ArrestKind == ArrestKind.Provisional && !ProceduralRecord.Hearing(u))
            .Match(() => clock, c => c.Lapsed);

        Then()
            .Yield(ctx => ctx.Review(
                $"The provisional-arrest period ended on {clock.DeadlineText} without a formal request in time{clock.LateFormalText}; the person may be released, but a later request and re-arrest are not barred.",
                clock));
    }
}
