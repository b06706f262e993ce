namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0403")]
[Description("A request came through proper channels but OIA has not found it conforming: prosecutors act only on requests in good order.")]
[Citation(Sources.Crm, "613", Authority.Confirmed, Url = Sources.Crm613)]
[EffectiveFrom("1948-09-01")]
internal sealed class RequestNotConformingRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        UsRequest r = default!;
        EffectiveRequests er = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).ComplaintFiledOn == null)
            .Match(() => r, x => (x.Channel == UsRequestChannel.Diplomatic || x.Channel == UsRequestChannel.TreatyDirect) && x.Conforming != true)
            .Match(() => er, e => !e.Any);

        Then()
            .Yield(ctx => ctx.Review(
                $"Request {r.Id} has {(r.Conforming == null ? "not yet been reviewed" : "been found not conforming")} by OIA; prosecutors act only on requests that reach them through OIA in good order.",
                r));
    }
}
