namespace PolicyRules.Rules.Interpol.OtherNotices;

[Name("INT-0701")]
[Description("A Blue notice that seeks information on, the location of, or the identity of a person convicted, charged, suspected, or a witness or victim in a criminal investigation has a permitted purpose.")]
[Citation(Sources.Rpd, "Art. 88(1)(a)-(c)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 88(2)(a)-(b)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 9, 88-90 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("A Blue notice seeks no arrest, so none of the Red Notice conditions apply to it (penalty thresholds, judicial data, warrant, extradition assurances); Articles 2 and 3 apply to it in full (RPD Art. 34), and the Repository warns that a Blue notice may serve to locate a person in order to persecute them (RoP §3.9 para 2).")]
[Remarks("The sufficient identifiers of Art. 88(3) are not encoded, as for Red Notices (left to the request-data rules).")]
[Addresses(Elements.Purpose)]
internal sealed class BlueNoticePurposePermittedRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.BlueNotice, r => Channels.BluePurpose(r.Purpose), r => Channels.BlueStatus(r.SubjectStatus));

        Then()
            .Yield(ctx => ctx.Allow(
                $"The Blue notice request seeks {Channels.PurposeText(request.Purpose!.Value)}, whom it calls {Channels.StatusText(request.SubjectStatus!.Value)} in a criminal investigation; RPD Art. 88(1)-(2) permit that purpose and status.",
                request));
    }
}
