namespace PolicyRules.Rules.UsExtradition.ProvisionalArrest;

[Name("USX-0406")]
[Description("The provisional-arrest period lapsed without a formal request in time: the person may be released, but a later request is not barred.")]
[Citation(Sources.Fam7, "1621.1 (provisional arrest periods)", Authority.Confirmed, Url = Sources.Fam1620)]
[Citation(Sources.Crm, "615", Authority.Confirmed, Url = Sources.Crm615)]
[EffectiveFrom("1948-09-01")]
[Remarks("Open question Q11: the deadline day is inside the period, there is no tolling, and a lapse ends the custody, not the eligibility.")]
internal sealed class ProvisionalArrestLapsedRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        ProvisionalArrestClock clock = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).ArrestKind == ArrestKind.Provisional && UsFacts.Proc(u).HearingHeldOn == null && UsFacts.Proc(u).SurrenderedOn == null)
            .Match(() => clock, c => c.Lapsed);

        Then()
            .Yield(ctx => ctx.Review(
                $"The provisional-arrest period ended on {clock.DeadlineText} without a formal request in time{clock.LateFormalText}; the person may be released, but a later request and re-arrest are not barred.",
                clock));
    }
}
