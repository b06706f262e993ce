namespace PolicyRules.Rules.Interpol.DataQuality;

[Name("INT-0210")]
[Description("When reference data show no extradition treaty and no other legal basis between the requester and the state where the person is believed to be, the absence of a lawful extradition route is noted.")]
[Citation(Sources.Rpd, "Art. 82", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 84(b)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Channels: extradition assurances belong to the wanted-person channels (Art. 84(b)); a message or a Blue notice that seeks an arrest is answered by INT-0732 and INT-0702 instead.")]
[Remarks("A note only: a Red Notice circulates to every member country, and the lack of a treaty with one state does not bar it. The note makes the absence of a lawful route visible next to any statement that notices replace extradition (INT-0104).")]
internal sealed class NoLawfulExtraditionRouteRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => Channels.WantedPerson(r.Kind), r => JudicialData.ArrestPurpose(r.Purpose), r => r.ExtraditionRoute != null,
                r => r.ExtraditionRoute!.TreatyWithStateOfResidence == YesNoUnknown.No && r.ExtraditionRoute.OtherLegalBasis == false);

        Then()
            .Yield(ctx => ctx.Note(
                $"Reference data show no extradition treaty or other legal basis between {Words.Requester(request)} and {(request.InternationalDimension == null ? null : request.InternationalDimension.BelievedLocation) ?? "the state where the person is believed to be"}; no lawful extradition route is apparent for the stated purpose.",
                request, request.ExtraditionRoute!));
    }
}
