namespace PolicyRules.Rules.Interpol.NextSteps;

[Name("INT-1002")]
[Description("After an application to the CCF: admissibility within one month of receipt; a decision within four months (access) or nine months (correction or deletion) of admissibility; a reasoned, reasonable extension where the circumstances warrant.")]
[Citation(Sources.CcfStatute, "Art. 32(1)", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[Citation(Sources.CcfStatute, "Art. 40(1)-(3)", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[Citation(Sources.CcfStatute, "Art. 33(5)", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[EffectiveFrom(Sources.CcfStatuteInForce)]
[Remarks("Law in time: the Statute of the CCF, in force 11 March 2017 (Art. 50).")]
[Remarks("Given with INT-1001, when this screening found a ground to apply on (INT-0835): the limits are what the person can count on once they apply.")]
[Remarks("The limits run from the day the application was declared admissible, not from its filing (Art. 40(1)-(2)). Art. 40(3) lets the Requests Chamber extend a limit where the circumstances of the request warrant it: the extension must be reasonable, promptly communicated to the General Secretariat, the source and the applicant, and explained in the decision. A General Secretariat review of the same data is decided first and may justify an extension (Art. 33(5)). The engine states the limits; it never treats a passed limit as a decision.")]
internal sealed class CcfTimeLimitsRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Active)
            .Exists<GroundToChallenge>()
            .Not<InterpolHistoryEntry>(e => History.Application(e) || e.Kind == InterpolHistoryKind.GsDeletion);

        Then()
            .Yield(ctx => ctx.NextStep(
                Audience.Person,
                "Once the CCF receives an application it tells the applicant within one month whether it is admissible (CCF Statute Art. 32(1)); it then decides within nine months of that day on a request for correction or deletion, within four months on a request for access (Art. 40(1)-(2)). The Requests Chamber may extend a limit where the circumstances warrant it, reasonably, telling the applicant, the source and the General Secretariat promptly and explaining it in the decision (Art. 40(3)); a General Secretariat review of the same data is decided first and may justify an extension (Art. 33(5)).",
                request));
    }
}
