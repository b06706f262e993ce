using NRules.Fluent.Dsl;
using PolicyRules.Authoring;
using PolicyRules.Facts;
using PolicyRules.Rules.UsExtradition.Derived;
using PolicyRules.Rules.UsExtradition.Reference;

namespace PolicyRules.Rules.UsExtradition.ProvisionalArrest;

[Name("USX-0906")]
[Description("Computes the provisional-arrest clock: the treaty period from the treaty's start event, the deadline for the formal request, and whether it lapsed.")]
[Citation("7 FAM", "1621.1 (provisional arrest periods)", Authority.Confirmed, Url = Sources.Fam1620)]
[Citation("Criminal Resource Manual", "615", Authority.Confirmed, Url = Sources.Crm615)]
[EffectiveFrom("1948-09-01")]
[Remarks("Open question Q11: the period counts calendar days, or calendar months to the same day number (clamped to the month's end), from the arrest or from the opening of proceedings (the complaint) as the treaty row says. The deadline day itself is inside the period. There is no tolling, and receipt means the request's receivedOn date (the Netherlands rule on receipt at the embassy is not modelled).")]
[Remarks("The clock is lapsed when the as-of date is after the deadline and no effective formal request arrived on or before it. A lapse does not end eligibility: a later request and re-arrest are not barred.")]
public sealed class ProvisionalArrestClockRule : PolicyRule
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
            .Yield(ctx => Clock(UsFacts.Proc(us), treaty, requests, evaluation.AsOf));
    }

    private static ProvisionalArrestClock Clock(UsProceedings proceedings, TreatyStatus treaty, EffectiveRequests requests, DateOnly asOf)
    {
        var fromProceedings = treaty.ProvisionalArrestStart == ProvisionalArrestStart.ProceedingsOpened && proceedings.ComplaintFiledOn is not null;
        var start = fromProceedings ? proceedings.ComplaintFiledOn!.Value : proceedings.ArrestedOn!.Value;
        DateOnly? deadline = treaty.ProvisionalArrestDays is { } days ? start.AddDays(days)
            : treaty.ProvisionalArrestMonths is { } months ? start.AddMonths(months)
            : null;
        var formalInTime = requests.Formal is not null && deadline is not null && requests.Formal.ReceivedOn <= deadline;
        return new ProvisionalArrestClock
        {
            Start = start,
            StartEvent = fromProceedings ? "the opening of proceedings" : "arrest",
            Deadline = deadline,
            Period = treaty.ProvisionalArrestPeriod,
            Formal = requests.Formal,
            FormalInTime = formalInTime,
            Lapsed = deadline is not null && asOf > deadline && !formalInTime,
        };
    }
}
