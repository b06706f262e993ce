namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0403")]
[Description("A request came through proper channels but OIA has not found it conforming: prosecutors act only on requests in good order.")]
[Citation(Sources.Crm, "613", Authority.Confirmed, Url = Sources.Crm613)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
internal sealed class RequestNotConformingRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        UsRequest r = default!;
        EffectiveRequests er = default!;

        When()
            .Match(() => us, u => !ProceduralRecord.Complaint(u))
            .Match(() => r, x => (x.Channel == UsRequestChannel.Diplomatic || x.Channel == UsRequestChannel.TreatyDirect) && x.Conforming == false)
            .Match(() => er, e => !e.Any);

        Then()
            .Yield(ctx => ctx.Review(
                $"Request {r.Id} has been found not conforming by OIA; prosecutors act only on requests that reach them through OIA in good order.",
                r));
    }
}
