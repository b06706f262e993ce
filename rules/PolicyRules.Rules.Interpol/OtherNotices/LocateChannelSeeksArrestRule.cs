namespace PolicyRules.Rules.Interpol.OtherNotices;

[Name("INT-0702")]
[Description("A Blue notice, Blue diffusion or Yellow notice cannot seek the person's arrest, extradition or surrender: only a Red Notice or a wanted-person diffusion may.")]
[Citation(Sources.Rpd, "Art. 88(1)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 90(1)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Arts 82, 97(1)(a)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 9, 88-90 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("The purposes of these channels are listed exhaustively (Art. 88(1): information, location, identification; Art. 90(1): a missing person or one unable to identify themselves; Art. 97(1)(b)-(d) for the Blue diffusion); arrest for extradition, surrender or similar action is the Red Notice's (Art. 82) or the wanted-person diffusion's (Art. 97(1)(a)). A request that seeks arrest through one of them cannot be processed as it stands; the General Secretariat may propose the channel that fits (Art. 78).")]
[Addresses(Elements.Purpose)]
internal sealed class LocateChannelSeeksArrestRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => Channels.LocateOrIdentifyOnly(r.Kind), r => JudicialData.ArrestPurpose(r.Purpose));

        Then()
            .Yield(ctx => ctx.Deny(
                $"The {Words.Kind(request.Kind)} seeks {Channels.PurposeText(request.Purpose!.Value)}, but this channel may only locate, inform or identify (RPD {(request.Kind == RequestKind.YellowNotice ? "Art. 90(1)" : request.Kind == RequestKind.BlueNotice ? "Art. 88(1)" : "Art. 97(1)(b)-(d)")}); arrest with a view to extradition or surrender is sought only through a Red Notice (Art. 82) or a wanted-person diffusion (Art. 97(1)(a)), each with its own conditions.",
                request));
    }
}
