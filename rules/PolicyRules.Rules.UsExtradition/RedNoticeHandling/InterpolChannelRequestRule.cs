namespace PolicyRules.Rules.UsExtradition.RedNoticeHandling;

[Name("USX-0103")]
[Description("A request that reached the United States only through INTERPOL or another informal channel is not a diplomatic request; OIA must check the treaty.")]
[Citation(Sources.Usam, "§ 3 (INTERPOL-USNCB: no arrest on a foreign Red Notice alone)", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.Crm, "613, 615", Authority.Confirmed, Url = Sources.Crm613)]
[Citation("U.S.-India Extradition Treaty (1997)", "Art. 12(1) (request for provisional arrest may go through INTERPOL)", Authority.Confirmed)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
internal sealed class InterpolChannelRequestRule : PolicyRule
{
    public override void Define()
    {
        UsRequest r = default!;
        EffectiveRequests er = default!;

        When()
            .Match(() => r, x => x.Channel == UsRequestChannel.InterpolOnly || x.Channel == UsRequestChannel.Other)
            .Match(() => er, e => !e.Any);

        Then()
            .Yield(ctx => ctx.Review(
                $"Request {r.Id} came through a channel other than diplomatic or treaty-direct ({UsFacts.Words(r.Channel)}); OIA must confirm whether the treaty lets that channel carry a request (some treaties allow INTERPOL transmission) or ask for a diplomatic request.",
                r));
    }
}
