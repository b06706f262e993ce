namespace PolicyRules.Rules.Interpol.OtherNotices;

[Name("INT-0711")]
[Description("A Yellow notice for a person reported missing to the police, whose whereabouts the police do not know, and who is a minor or an adult whose disappearance was not of their own will and whose country's privacy law allows the request, has a permitted purpose.")]
[Citation(Sources.Rpd, "Art. 90(1)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 90(2)(a)-(c)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 9, 88-90 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("An adult who left of their own will is not passed here even when Art. 90(2) is met: the Repository warns that Yellow and Blue notices may lead to a person being located in order to be persecuted (RoP §3.9 para 2), so INT-0713 sends that case to the General Secretariat.")]
[Remarks("The sufficient identifiers of Art. 90(3) are not encoded, as for the other notices.")]
[Addresses(Elements.Purpose)]
internal sealed class YellowNoticeConditionsMetRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.YellowNotice, r => Channels.YellowPurpose(r.Purpose), r => r.MissingPerson != null,
                r => r.MissingPerson!.ReportedToPolice == true && r.MissingPerson.WhereaboutsUnknownToPolice == true,
                r => r.MissingPerson!.Adult == false || (r.MissingPerson.Adult == true && r.MissingPerson.PrivacyLawPermits == true && r.MissingPerson.LeftVoluntarily == false));

        Then()
            .Yield(ctx => ctx.Allow(
                $"The Yellow notice request concerns {(request.MissingPerson!.Adult == true ? "an adult who did not leave of their own will and whose country's privacy law allows the request" : "a minor")}, reported missing to the police, whose whereabouts the police do not know; RPD Art. 90(1)-(2) permit it.",
                request, request.MissingPerson!));
    }
}
