namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0403")]
[Description("A request came through proper channels but OIA has not found it conforming: prosecutors act only on requests in good order.")]
[Citation(Sources.Crm, "613", Authority.Confirmed, Url = Sources.Crm613)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
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
