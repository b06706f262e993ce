namespace PolicyRules.Rules.UsImmigration.Rebuttal;

[Name("IMM-0112")]
[Description("INTERPOL has cancelled the notice or refused or deleted data on the person: evidence the applicant may offer to rebut the bar.")]
[Citation(Sources.Werb, "27 I&N Dec. 795 (BIA 2020): the applicant may rebut the bar by a preponderance of the evidence", Authority.Confirmed, Url = Sources.WerbText)]
[Citation(Sources.IceDirective, "29 Sep 2023: ICE must verify that a notice is current and active before acting on it", Authority.Confirmed, Url = Sources.Ice15006)]
[EffectiveFrom("2020-03-06")]
[Remarks("Three stated facts count: the request is no longer active (cancelled or expired); a context item of kind priorInterpolRefusal concerning the person (INTERPOL refused or deleted other data on the person or these facts); or the request's own history (request.history): the CCF decided to delete its data, or the General Secretariat deleted or blocked them. A pending application to the CCF does not count: it is a challenge, not yet a decision.")]
internal sealed class InterpolCancelledNoticeRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;
        UsSituation us = default!;
        IEnumerable<ContextIndicator> refusals = default!;
        IEnumerable<InterpolHistoryEntry> withdrawals = default!;

        When()
            .Match(() => req)
            .Match(() => us, u => Immigration.NoticeOffered(u) && Immigration.Bar(u).Finding == null)
            .Query(() => refusals, q => q.Match<ContextIndicator>(i => i.Kind == ContextKind.PriorInterpolRefusal && i.ConcernsThisPerson).Collect())
            .Query(() => withdrawals, q => q.Match<InterpolHistoryEntry>(e => Immigration.InterpolWithdrew(e)).Collect())
            .Having(() => !req.Active || refusals.Any() || withdrawals.Any());

        Then()
            .Yield(ctx => ctx.Review(
                $"{(withdrawals.Any() ? Immigration.Withdrawals(withdrawals, req) : req.Active ? "INTERPOL has refused or deleted data on the person or these facts" : $"The {Immigration.Notice(req)} is no longer active (cancelled or expired)")}: evidence the applicant may offer to rebut the bar, since a notice INTERPOL no longer stands behind can hardly show serious reasons on its own. The immigration judge weighs it.",
                req, Immigration.Bar(us)));
    }
}
