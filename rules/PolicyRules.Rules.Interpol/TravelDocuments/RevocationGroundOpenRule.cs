namespace PolicyRules.Rules.Interpol.TravelDocuments;

[Name("INT-0742")]
[Description("An SLTD record of a revoked travel document whose ground of revocation is not stated is asked about; a ground stated only as 'other' goes to review.")]
[Citation(Sources.Rpd, "Arts 34(2), 37(2)(c)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§3.5 case 9", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 9, 88-90 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Unknown is not absent: a revocation's ground decides whether the record is political (INT-0741) or ordinary, so an unstated ground is asked, never assumed either way. A ground stated as neither criminal, administrative nor political is for the General Secretariat.")]
[Addresses(Elements.Purpose)]
internal sealed class RevocationGroundOpenRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.SltdRecord, r => r.TravelDocument != null,
                r => r.TravelDocument!.Status == TravelDocumentStatus.Revoked && (r.TravelDocument.RevocationReason == null || r.TravelDocument.RevocationReason == RevocationReason.Other));

        Then()
            .Yield(ctx => request.TravelDocument!.RevocationReason == null
                ? ctx.Ask(
                    new Question(
                        "On what ground did the issuing state revoke the document?",
                        new Answer("criminal proceedings against the holder", "$.request.travelDocument.revocationReason", "\"criminalProceedings\""),
                        new Answer("the holder's criticism of the State", "$.request.travelDocument.revocationReason", "\"politicalExpression\""),
                        new Answer("an administrative ground", "$.request.travelDocument.revocationReason", "\"administrative\"")),
                    $"The case does not say why {Words.Requester(request)} revoked the {Words.Of(request.TravelDocument.DocumentType)}; a revocation for the holder's political activity or speech cannot be recorded (Article 3), so the ground must be asked, not assumed.",
                    request, request.TravelDocument)
                : ctx.Review(
                    $"{Words.Requester(request)} revoked the {Words.Of(request.TravelDocument.DocumentType)} on a ground that is neither criminal proceedings, an administrative matter nor a political one; the General Secretariat must check the ground against Article 3 (RPD Art. 34(2)).",
                    request, request.TravelDocument));
    }
}
