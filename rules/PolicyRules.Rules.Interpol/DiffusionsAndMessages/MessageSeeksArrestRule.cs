namespace PolicyRules.Rules.Interpol.DiffusionsAndMessages;

[Name("INT-0732")]
[Description("A message that asks to locate and arrest the person cannot stand in for a Red Notice: it is neither published after the General Secretariat's legal review nor recorded, so the request goes to review.")]
[Citation(Sources.Rpd, "Arts 1(13)-(15)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Arts 8(1), 8(4), 9(3)-(4)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Arts 82, 86, 97(1)(a)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 9, 88-90 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Review, not refusal: the RPD lets a bureau send requests for cooperation by message (Art. 8(4)), so an arrest request by message is not forbidden as such; but a message is not a notice (Art. 1(13), (15)): it has had no legal review before circulation (Art. 86), is not recorded unless its sender consents (Arts 9(4), 101), and a request to arrest meant for all members goes by Red Notice (Art. 82) or, to chosen members, by wanted-person diffusion (Art. 97(1)(a)). The Red Notice conditions are not applied to the message; the reason says which channel would carry them.")]
[Addresses(Elements.Purpose)]
internal sealed class MessageSeeksArrestRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.Message, r => JudicialData.ArrestPurpose(r.Purpose));

        Then()
            .Yield(ctx => ctx.Review(
                $"The message asks to locate the person and seeks {Channels.PurposeText(request.Purpose!.Value)}; a message is not a notice (RPD Art. 1(13), (15)): it had no legal review by the General Secretariat (Art. 86) and is not recorded unless its sender consents (Art. 9(4)), so it cannot stand in for a Red Notice (Art. 82) or a wanted-person diffusion (Art. 97(1)(a)); the receiving bureau acts on it under its own law only, and the request must be checked against Articles 2 and 3 before anyone acts on it.",
                request));
    }
}
