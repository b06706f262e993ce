namespace PolicyRules.Rules.UsExtradition.ProvisionalArrest;

[Name("USX-0906")]
[Description("Computes the provisional-arrest clock: the treaty period from the treaty's start event, the deadline for the formal request, and whether it lapsed.")]
[Citation(Sources.Fam7, "1621.1 (provisional arrest periods)", Authority.Confirmed, Url = Sources.Fam1620)]
[Citation(Sources.Crm, "615", Authority.Confirmed, Url = Sources.Crm615)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
[Remarks("Open question Q11: the period counts calendar days, or calendar months to the same day number (clamped to the month's end), from the arrest or from the opening of proceedings (the complaint) as the treaty row says. The deadline day itself is inside the period. There is no tolling, and receipt means the request's receivedOn date (the Netherlands rule on receipt at the embassy is not modelled).")]
[Remarks("The clock is lapsed when the as-of date is after the deadline, no formal request was received on or before it through a proper channel (a request OIA has not yet been stated to find in order counts: the treaty asks for its receipt), and the record establishes no hearing (a 3184 hearing implies the formal documents came). A lapse does not end eligibility: a later request and re-arrest are not barred.")]
[Priority(1)]
internal sealed class ProvisionalArrestClockRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        TreatyStatus treaty = default!;
        EffectiveRequests requests = default!;
        Evaluation evaluation = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).ArrestKind == ArrestKind.Provisional, u => UsFacts.Proc(u).ArrestedOn != null)
            .Match(() => treaty)
            .Match(() => requests)
            .Match(() => evaluation);

        Then()
            .Yield(ctx => new ProvisionalArrestClock
            {
                Start = StartOf(UsFacts.Proc(us), treaty),
                StartEvent = FromProceedings(UsFacts.Proc(us), treaty) ? "the opening of proceedings" : "arrest",
                Deadline = DeadlineOf(StartOf(UsFacts.Proc(us), treaty), treaty),
                Period = treaty.ProvisionalArrestPeriod,
                Formal = requests.FormalReceived,
                FormalInTime = InTime(requests, UsFacts.Proc(us), DeadlineOf(StartOf(UsFacts.Proc(us), treaty), treaty)),
                Lapsed = Past(DeadlineOf(StartOf(UsFacts.Proc(us), treaty), treaty), evaluation, us)
                    && (requests.FormalReceived != null
                        ? !InTime(requests, UsFacts.Proc(us), DeadlineOf(StartOf(UsFacts.Proc(us), treaty), treaty))
                        : UsFacts.Proc(us).FormalRequestInTime == false || UsFacts.Proc(us).DischargeReason == DischargeReason.ProvisionalArrestLapse),
                FormalUnknown = Past(DeadlineOf(StartOf(UsFacts.Proc(us), treaty), treaty), evaluation, us)
                    && requests.FormalReceived == null && UsFacts.Proc(us).FormalRequestInTime == null
                    && UsFacts.Proc(us).DischargeReason != DischargeReason.ProvisionalArrestLapse,
            });
    }

    private static bool FromProceedings(UsProceedings proceedings, TreatyStatus treaty) =>
        treaty.ProvisionalArrestStart == ProvisionalArrestStart.ProceedingsOpened && proceedings.ComplaintFiledOn is not null;

    private static DateOnly StartOf(UsProceedings proceedings, TreatyStatus treaty) =>
        FromProceedings(proceedings, treaty) ? proceedings.ComplaintFiledOn!.Value : proceedings.ArrestedOn!.Value;

    // Calendar days, or calendar months to the same day number (AddMonths clamps to the month's end).
    private static DateOnly? DeadlineOf(DateOnly start, TreatyStatus treaty) =>
        treaty.ProvisionalArrestDays is { } days ? Calendar.Plus(start, 0, days)
        : treaty.ProvisionalArrestMonths is { } months ? Calendar.Plus(start, months, 0)
        : null;

    // The deadline day itself is inside the period. A formal request the record does not list counts in time only when the
    // case says so (formalRequestInTime: true).
    private static bool InTime(EffectiveRequests requests, UsProceedings proceedings, DateOnly? deadline) =>
        requests.FormalReceived != null
            ? deadline is not null && requests.FormalReceived.ReceivedOn <= deadline
            : proceedings.FormalRequestInTime == true;

    // The period is over and no hearing (which considers the formal request's evidence) has been held.
    private static bool Past(DateOnly? deadline, Evaluation evaluation, UsSituation us) =>
        deadline < evaluation.AsOf && !ProceduralRecord.Hearing(us);
}
