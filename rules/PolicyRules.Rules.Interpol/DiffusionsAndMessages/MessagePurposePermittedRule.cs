namespace PolicyRules.Rules.Interpol.DiffusionsAndMessages;

[Name("INT-0731")]
[Description("A message that seeks to locate, inform, identify or warn, without seeking an arrest, has a permitted purpose.")]
[Citation(Sources.Rpd, "Arts 1(15), 9(1), 9(3)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 10(2)(b)-(e)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 9, 88-90 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("A message goes from bureau to bureau and is not recorded in INTERPOL's databases unless its sender consents (Art. 9(4)); its sender must still make sure it conforms to the Rules (Art. 9(3)), so Articles 2 and 3 apply to it as to every channel (Art. 5(2)). No condition specific to notices applies.")]
[Addresses(Elements.Purpose)]
internal sealed class MessagePurposePermittedRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.Message, r => Channels.BluePurpose(r.Purpose) || r.Purpose == RequestPurpose.Warning || r.Purpose == RequestPurpose.Information);

        Then()
            .Yield(ctx => ctx.Allow(
                $"The message seeks {Channels.PurposeText(request.Purpose!.Value)}, a purpose of international police cooperation (RPD Art. 10(2)) that a bureau may pursue by message (Art. 9).",
                request));
    }
}
