namespace PolicyRules.Rules.Interpol.NextSteps;

[Name("INT-1005")]
[Description("Once the CCF has decided, its decision is final and binding on the Organization and the person; the person receives it in writing with notice of its implementation, which the General Secretariat carries out within one month.")]
[Citation(Sources.CcfStatute, "Art. 38(1)", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[Citation(Sources.CcfStatute, "Art. 41(2)-(3)", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[EffectiveFrom(Sources.CcfStatuteInForce)]
[Remarks("Law in time: the Statute of the CCF, in force 11 March 2017 (Art. 50).")]
[Remarks("There is no appeal from a decision of the Requests Chamber (Art. 38(1)); the only route back is revision on a newly discovered fact (Art. 42, INT-1006). For a decision on correction or deletion, the applicant is given it no later than one month after the Chamber learns it has been implemented (Art. 41(3)).")]
internal sealed class CcfDecisionBindsRule : PolicyRule
{
    public override void Define()
    {
        InterpolHistoryEntry decision = default!;

        When()
            .Match(() => decision, e => History.Decided(e));

        Then()
            .Yield(ctx => ctx.NextStep(
                Audience.Person,
                decision.Decision == CcfDecision.Kept
                    ? $"The CCF's decision of {History.Day(decision.DecidedOn)} is final and binding on the Organization and on the person (CCF Statute Art. 38(1)): there is no appeal, and the person receives the written decision (Art. 41(3))."
                    : $"The CCF's decision of {History.Day(decision.DecidedOn)} is final and binding on the Organization and on the person (CCF Statute Art. 38(1)): there is no appeal. The General Secretariat implements it within one month of receiving it (Art. 41(2)), and the person receives the written decision and notice of its implementation (Art. 41(3)).",
                decision));
    }
}
