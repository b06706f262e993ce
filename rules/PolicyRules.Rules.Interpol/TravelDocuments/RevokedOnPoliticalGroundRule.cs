namespace PolicyRules.Rules.Interpol.TravelDocuments;

[Name("INT-0741")]
[Description("An SLTD record of a travel document revoked because its holder criticised the State, was politically active, or left the country without permission is refused: the record serves a purpose of a political character.")]
[Citation(Sources.Constitution, "Art. 3", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rpd, "Art. 34(2)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§3.5 case 9", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§3.2; §3.9 para 2", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: Article 3 of the INTERPOL Constitution, in force since 13 June 1956 [C]; the rule applies from then. The RPD article and the Repository of Practice it also cites interpret that article in the practice of 2012 and later; for earlier dates the reviewer reads them as that practice, not as the law then in force.")]
[Remarks("A revoked passport in the SLTD database flags its holder at every border that checks it. When the stated ground of revocation is the holder's speech against the State (RoP §3.2: Article 3 generally applies), political activity, or leaving the country (RoP §3.9: a pure political offence), the record pursues the holder for a political reason; the Repository records revoked passports removed under Article 3 (§3.5 case 9). The ground is the one stated; an unstated ground is asked (INT-0742).")]
[Addresses(Elements.Purpose)]
internal sealed class RevokedOnPoliticalGroundRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.SltdRecord, r => r.TravelDocument != null,
                r => r.TravelDocument!.Status == TravelDocumentStatus.Revoked && Channels.PoliticalRevocation(r.TravelDocument.RevocationReason));

        Then()
            .Yield(ctx => ctx.Deny(
                $"{Words.Requester(request)} revoked the {Words.Of(request.TravelDocument!.DocumentType)} {Channels.RevocationText(request.TravelDocument.RevocationReason!.Value)}; a record that flags its holder at every border for that reason serves a purpose of a political character, which Article 3 of the Constitution forbids (RPD Art. 34(2); Repository of Practice §3.5 case 9).",
                request, request.TravelDocument!));
    }
}
