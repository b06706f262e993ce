namespace PolicyRules.Rules.Interpol.DataQuality;

[Name("INT-0208")]
[Description("The request shows an interest for international police cooperation: the person is believed abroad or the offence crosses a border.")]
[Citation(Sources.Rpd, "Art. 83(1)(a)(iii)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 35", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Channels: interest (Art. 35) is a condition of every channel, but this test reads where the person is believed to be; an SLTD record concerns a document, whose use at borders is international by the database's purpose (Art. 10(2)(h)), so the rule is silent on it.")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Addresses(Elements.Interest)]
internal sealed class InternationalInterestShownRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => Channels.ConcernsPerson(r.Kind), r => r.InternationalDimension != null,
                r => r.InternationalDimension!.PersonBelievedAbroad == true || r.InternationalDimension.CrossBorderElement == true);

        Then()
            .Yield(ctx => ctx.Allow(
                $"{(request.InternationalDimension!.PersonBelievedAbroad == true ? $"The person is believed to be in {request.InternationalDimension.BelievedLocation ?? "another country"}" : "The offence has a cross-border element")}, so the data can be used by entities other than the source (RPD Art. 35(2)(b)).",
                request.InternationalDimension));
    }
}
