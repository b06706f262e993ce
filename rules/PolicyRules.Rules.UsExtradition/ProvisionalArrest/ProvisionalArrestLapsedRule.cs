namespace PolicyRules.Rules.UsExtradition.ProvisionalArrest;

[Name("USX-0406")]
[Description("The provisional-arrest period lapsed without a formal request in time: the person may be released, but a later request is not barred.")]
[Citation(Sources.Fam7, "1621.1 (provisional arrest periods)", Authority.Confirmed, Url = Sources.Fam1620)]
[Citation(Sources.Crm, "615", Authority.Confirmed, Url = Sources.Crm615)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
[Remarks("Unknown is not absent: a record that lists no formal request and does not state whether one arrived in time (us.proceedings.formalRequestInTime) is asked about, not reviewed as lapsed; court opinions often leave the formal request out.")]
[Remarks("Open question Q11: the deadline day is inside the period, there is no tolling, and a lapse ends the custody, not the eligibility.")]
internal sealed class ProvisionalArrestLapsedRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        ProvisionalArrestClock clock = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).ArrestKind == ArrestKind.Provisional && !ProceduralRecord.Hearing(u))
            .Match(() => clock, c => c.Lapsed || c.FormalUnknown);

        Then()
            .Yield(ctx => clock.FormalUnknown
                ? ctx.Ask(
                    RecordQuestions.FormalRequestInTime(clock),
                    $"The provisional-arrest period ended on {clock.DeadlineText}, and the case does not state whether the formal request arrived by then: if it did not, the person may be released (a later request and re-arrest are not barred); if it did, the extradition hearing follows.",
                    clock)
                : ctx.Review(
                    $"The provisional-arrest period ended on {clock.DeadlineText} without a formal request in time{clock.LateFormalText}; the person may be released, but a later request and re-arrest are not barred.",
                    clock));
    }
}
