namespace PolicyRules.Rules.Interpol.NextSteps;

[Name("INT-1003")]
[Description("While an application to the CCF is pending: the day by which the CCF must decide it, counted from the day it was declared admissible, and what an extension requires.")]
[Citation(Sources.CcfStatute, "Art. 40(1)-(3)", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[Citation(Sources.CcfStatute, "Art. 32(1)", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[Citation(Sources.CcfStatute, "Art. 31(3)", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[EffectiveFrom(Sources.CcfStatuteInForce)]
[Remarks("Law in time: the Statute of the CCF, in force 11 March 2017 (Art. 50).")]
[Remarks("The limit is four months for access and nine months for correction or deletion, from the day the application was declared admissible (Art. 40(1)-(2)); without that day stated, the step gives the one-month limit for admissibility from receipt (Art. 32(1)) when the receipt is dated. Where the limit has passed on the case's as-of date the step says so and what an extension requires (Art. 40(3)); a passed limit is not a decision, and the engine draws none from it.")]
internal sealed class PendingApplicationTimeLimitRule : PolicyRule
{
    public override void Define()
    {
        Evaluation evaluation = default!;
        InterpolHistoryEntry application = default!;

        When()
            .Match(() => evaluation)
            .Match(() => application, e => History.Pending(e));

        Then()
            .Yield(ctx => ctx.NextStep(Audience.Person, History.PendingLimit(application, evaluation.AsOf), application));
    }
}
