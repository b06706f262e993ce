namespace PolicyRules.Rules.UsExtradition.RedNoticeHandling;

[Name("USX-0103")]
[Description("A request that reached the United States only through INTERPOL or another informal channel is not a diplomatic request; OIA must check the treaty.")]
[Citation(Sources.Usam, "§ 3 (INTERPOL-USNCB: no arrest on a foreign Red Notice alone)", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.Crm, "613, 615", Authority.Confirmed, Url = Sources.Crm613)]
[Citation("U.S.-India Extradition Treaty (1997)", "Art. 12(1) (request for provisional arrest may go through INTERPOL)", Authority.Confirmed)]
[EffectiveFrom("1948-09-01")]
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
