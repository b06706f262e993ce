namespace PolicyRules.Rules.UsExtradition.ProvisionalArrest;

[Name("USX-0405")]
[Description("Provisional detention is lawful until the confirmed treaty deadline; the formal request is due by then.")]
[Citation(Sources.Fam7, "1621.1 (provisional arrest periods)", Authority.Confirmed, Url = Sources.Fam1620)]
[Citation(Sources.Crm, "615", Authority.Confirmed, Url = Sources.Crm615)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
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
            .Match(() => clock, c => c.Deadline != null && !c.FormalUnknown);

        Then()
            .Yield(ctx => ctx.Allow(
                $"Provisional detention under the treaty with {treaty.Name} is lawful until {clock.DeadlineText} ({clock.PeriodText} from {clock.StartEvent} on {clock.StartText}); the formal request and documents are due by then.",
                clock, treaty));
    }
}
