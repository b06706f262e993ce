namespace PolicyRules.Rules.Interpol.RefugeePolicy;

[Name("INT-0601")]
[Description("Notices and diffusions from the country where a confirmed refugee fears persecution are refused or deleted.")]
[Citation(Sources.RefugeeResolution, "GA-2017-86-RES-09; Executive Committee, June 2014", Authority.Confirmed, Url = Sources.RefugeeResolutionUrl)]
[Citation(Sources.Rop, "§2.1.5 para 32(b), (c), 33(a)", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.RnljRefugees, "2015 start and wording", Authority.Secondary, Url = Sources.RnljRefugeesUrl)]
[Citation(Sources.FairTrialsRefugees, "verification with the granting state", Authority.Secondary, Url = Sources.FairTrialsRefugeesUrl)]
[EffectiveFrom("2015-02-01")]
[Remarks("Channels: every notice and diffusion, Blue and Yellow included (the resolution speaks of any notice or diffusion); a message or an SLTD record from that country is refused too, because the Repository (§2.1.5 para 33(a)) treats the whole case as tainted, so that no channel may be used.")]
[Remarks("Law in time: the refugee policy, endorsed by the Executive Committee in June 2014 [C] and sent to the NCBs in February 2015 [S]; the rule applies from 2015-02-01. Before then a refugee grant is weighed under Articles 2 and 3 (INT-0454, INT-0901), not applied as policy.")]
[Remarks("Decides open questions Q5 and Q12: refusal only when a member country confirmed the status against the requesting country (the 2017 formulation). The third condition of the 2014-15 wording (grant not based on political grounds towards the requester) is not encoded. Revoked or denied status produces no finding. The reason never names the granting country.")]
[Remarks("Effective 2015-02-01: the policy was endorsed in June 2014 and, as reported, sent to national bureaus in February 2015; the later date is the conservative choice. Before it, a confirmed grant still counts as factor 34(3)(d) and routes the case to review.")]
internal sealed class ConfirmedRefugeeAgainstRequesterRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        RefugeeProtectedAgainstRequester protection = default!;

        When()
            .Match(() => request)
            .Match(() => protection);

        Then()
            .Yield(ctx => ctx.Deny(
                $"A member country has confirmed the person's refugee status with respect to {protection.Refugee.PersecutingCountry}, which is the requesting country; INTERPOL deletes notices and diffusions from the country where a confirmed refugee fears persecution{(!Channels.NoticeOrDiffusion(request.Kind) ? $", and the Repository of Practice treats such a request as tainted for every channel, this {Words.Kind(request.Kind)} included (§2.1.5 para 33(a))" : string.Empty)}.",
                request, protection.Refugee));
    }
}
