namespace PolicyRules.Rules.Interpol.NextSteps;

[Name("INT-1004")]
[Description("While an application to the CCF is pending, the person may ask the Requests Chamber for provisional measures on the processing of the data, which it may decide at any time during the proceedings.")]
[Citation(Sources.CcfStatute, "Art. 37", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[Citation(Sources.CcfStatute, "Art. 41(2)", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[EffectiveFrom(Sources.CcfStatuteInForce)]
[Remarks("Law in time: the Statute of the CCF, in force 11 March 2017 (Art. 50).")]
[Remarks("Art. 37(1): at any time during the proceedings the Requests Chamber may decide on provisional measures to be taken by the Organization in relation to the processing of the data; Art. 37(2): they are implemented as decisions are (Art. 41). The Statute names no particular measure, so neither does the step; whether to order one is the Chamber's decision.")]
internal sealed class ProvisionalMeasuresRule : PolicyRule
{
    public override void Define()
    {
        InterpolHistoryEntry application = default!;

        When()
            .Match(() => application, e => History.Pending(e));

        Then()
            .Yield(ctx => ctx.NextStep(
                Audience.Person,
                "While the application is pending, the person may ask the Requests Chamber for provisional measures to be taken by the Organization on the processing of the data; the Chamber may decide them at any time during the proceedings (CCF Statute Art. 37(1)), and they are implemented as its decisions are, within one month (Arts 37(2), 41(2)). Whether to order one is the Chamber's decision.",
                application));
    }
}
