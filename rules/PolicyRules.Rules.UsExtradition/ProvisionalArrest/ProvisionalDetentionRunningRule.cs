namespace PolicyRules.Rules.UsExtradition.ProvisionalArrest;

[Name("USX-0405")]
[Description("Provisional detention is lawful until the confirmed treaty deadline; the formal request is due by then.")]
[Citation(Sources.Fam7, "1621.1 (provisional arrest periods)", Authority.Confirmed, Url = Sources.Fam1620)]
[Citation(Sources.Crm, "615", Authority.Confirmed, Url = Sources.Crm615)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
internal sealed class ProvisionalDetentionRunningRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;
        ProvisionalArrestClock clock = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.ProvisionalArrestRunning)
            .Match(() => treaty, t => t.ProvisionalArrestConfidence == "C")
            .Match(() => clock, c => c.Deadline != null);

        Then()
            .Yield(ctx => ctx.Allow(
                $"Provisional detention under the treaty with {treaty.Name} is lawful until {clock.DeadlineText} ({clock.PeriodText} from {clock.StartEvent} on {clock.StartText}); the formal request and documents are due by then.",
                clock, treaty));
    }
}
