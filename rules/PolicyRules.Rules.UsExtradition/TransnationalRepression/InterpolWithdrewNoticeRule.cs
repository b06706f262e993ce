namespace PolicyRules.Rules.UsExtradition.TransnationalRepression;

[Name("USX-0610")]
[Description("INTERPOL has deleted the notice (on the CCF's decision or the General Secretariat's) or blocked it: strong evidence for the transnational-repression flags.")]
[Citation(Sources.UsCode22, "§ 263b(a) (sense of Congress on abuse of INTERPOL)", Authority.Confirmed, Url = Sources.Trap263b)]
[Citation(Sources.UsCode22, "§ 263b(b)(1)(B) (cases in which INTERPOL or the CCF has determined that a notice violated Articles 2 or 3 or the RPD)", Authority.Confirmed, Url = Sources.Trap263b)]
[EffectiveFrom("2021-12-27")]
[Remarks("Law in time: 22 U.S.C. 263b was enacted by the FY2022 NDAA (Pub. L. 117-81), signed 2021-12-27; it has no earlier counterpart in statute.")]
[Remarks("Reads the request's stated history (request.history): a CCF decision to delete, a General Secretariat deletion, or a General Secretariat block (an interim measure on a doubt about compliance, RPD Art. 129). INTERPOL's own decisions weigh more than this engine's screening of the same facts (USX-0601, USX-0602), but they are still evidence for the U.S. official or court who weighs the flags, not a finding of repression.")]
internal sealed class InterpolWithdrewNoticeRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        UsSituation us = default!;
        InterpolHistoryEntry entry = default!;

        When()
            .Match(() => request)
            .Match(() => us)
            .Match(() => entry, e => UsFacts.InterpolWithdrew(e));

        Then()
            .Yield(ctx => ctx.Review(
                $"INTERPOL {UsFacts.Withdrawal(entry)}: strong evidence that the {UsFacts.Notice(request)} does not meet INTERPOL's own rules, to weigh with the other signs of transnational repression; the U.S. official or court weighing them decides.",
                request, entry));
    }
}
