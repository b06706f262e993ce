namespace PolicyRules.Rules.UsExtradition.ProvisionalArrest;

[Name("USX-0405")]
[Description("Provisional detention is lawful until the confirmed treaty deadline; the formal request is due by then.")]
[Citation(Sources.Fam7, "1621.1 (provisional arrest periods)", Authority.Confirmed, Url = Sources.Fam1620)]
[Citation(Sources.Crm, "615", Authority.Confirmed, Url = Sources.Crm615)]
[EffectiveFrom("1948-09-01")]
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
