namespace PolicyRules.Rules.Interpol.DiffusionsAndMessages;

[Name("INT-0721")]
[Description("A Blue diffusion that seeks to locate and trace, obtain information on or identify a person has a permitted purpose.")]
[Citation(Sources.Rpd, "Art. 97(1)(b)-(d)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Arts 97(2), 99(2)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 9, 88-90 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("A Blue diffusion is held to the general conditions for recording data (Art. 97(2)) and the sender's checks of Art. 99(2): quality, interest, Articles 2(1) and 3. The Red Notice conditions and the Blue notice's status list (Art. 88(2)) are not among them.")]
[Addresses(Elements.Purpose)]
internal sealed class BlueDiffusionPurposePermittedRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.BlueDiffusion, r => Channels.BluePurpose(r.Purpose));

        Then()
            .Yield(ctx => ctx.Allow(
                $"The Blue diffusion seeks {Channels.PurposeText(request.Purpose!.Value)}, a purpose of the diffusions system (RPD Art. 97(1)(b)-(d)).",
                request));
    }
}
