namespace PolicyRules.Rules.Interpol.DataQuality;

[Name("INT-0209")]
[Description("When nothing shows that the person is abroad or that the offence crosses a border, a reviewer must establish the interest for international police cooperation.")]
[Citation(Sources.Rpd, "Art. 83(1)(a)(iii)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 35", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 35(2)(b), read as a test of presence abroad or a cross-border element", Authority.Secondary, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Channels: interest (Art. 35) is a condition of every channel, but this test reads where the person is believed to be; an SLTD record concerns a document, whose use at borders is international by the database's purpose (Art. 10(2)(h)), so the rule is silent on it.")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("The proxy test (abroad or cross-border) is the research notes' reading, not the text's, so the rule only sends the case to review. The particular-importance exception does not cover this criterion.")]
[Addresses(Elements.Interest)]
internal sealed class InternationalInterestNotShownRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => Channels.ConcernsPerson(r.Kind), r => r.InternationalDimension != null,
                r => r.InternationalDimension!.PersonBelievedAbroad == false && r.InternationalDimension.CrossBorderElement == false);

        Then()
            .Yield(ctx => ctx.Review(
                "Nothing shows that the person is abroad or that the offence crosses a border; the interest for international police cooperation (RPD Art. 83(1)(a)(iii), Art. 35) must be established by a reviewer.",
                request.InternationalDimension!));
    }
}
