namespace PolicyRules.Rules.Interpol.ProceduralHistory;

[Name("INT-1101")]
[Description("The CCF has decided that the data of this request be deleted: its decision is final and binding on the Organization, so the request cannot stand on those data.")]
[Citation(Sources.CcfStatute, "Art. 38(1)", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[Citation(Sources.CcfStatute, "Art. 41(2)", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[Citation(Sources.CcfStatute, "Art. 3(1)(c)", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[EffectiveFrom(Sources.CcfStatuteInForce)]
[Remarks("Law in time: the Statute of the CCF, in force 11 March 2017 (Art. 50). The decisions of the Requests Chamber are final and binding on the Organization and the applicant (Art. 38(1)); the General Secretariat implements a decision within one month of receiving it (Art. 41(2)).")]
[Remarks("The engine applies a decision the CCF has taken; it does not take one. A history entry belongs to the request it is stated under (request.history), so the decision concerns the same data as the request screened. A new request for the same person on the same facts is a different request: state the earlier deletion as a context item priorInterpolRefusal, which the predominance test weighs (INT-0457) and the U.S. rule sets read as well.")]
internal sealed class CcfDecidedDeletionRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        InterpolHistoryEntry decision = default!;

        When()
            .Match(() => request)
            .Match(() => decision, e => History.CcfDeleted(e));

        Then()
            .Yield(ctx => ctx.Deny(
                $"The CCF decided {History.On(decision.DecidedOn)} that the data of this {Words.Kind(request.Kind)} be deleted{History.Detail(decision)}: the decisions of its Requests Chamber are final and binding on the Organization (CCF Statute Art. 38(1)), and the General Secretariat implements them within one month (Art. 41(2)), so the request cannot stand on these data.",
                request, decision));
    }
}
