namespace PolicyRules.Rules.Interpol.TravelDocuments;

[Name("INT-0744")]
[Description("An SLTD record of a document stolen, stolen blank, lost or invalid, or revoked because of criminal proceedings or on an administrative ground, serves a permitted purpose (border control and locating documents).")]
[Citation(Sources.Rpd, "Art. 10(2)(b), (h)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§3.5 fn. 6 (the SLTD categories)", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 9, 88-90 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("A revocation for criminal proceedings passes here on its purpose; the charges behind it are screened like any others (Articles 2 and 3, ordinary-law crime), and the ordinary-law element is then required (INT-0902). A revoked document in a mass upload passes here on its ground and INT-0743 still sends it to review, which outweighs this finding.")]
[Addresses(Elements.Purpose)]
internal sealed class SltdRecordPurposePermittedRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.SltdRecord, r => r.TravelDocument != null,
                r => r.TravelDocument!.Status != TravelDocumentStatus.Revoked
                    || ((r.TravelDocument.RevocationReason == RevocationReason.CriminalProceedings || r.TravelDocument.RevocationReason == RevocationReason.Administrative)));

        Then()
            .Yield(ctx => ctx.Allow(
                $"The record reports the holder's {Words.Of(request.TravelDocument!.DocumentType)} as {(request.TravelDocument.Status == TravelDocumentStatus.Revoked ? "revoked " + Channels.RevocationText(request.TravelDocument.RevocationReason!.Value) : Words.Of(request.TravelDocument.Status))}; recording it serves border control and the location of documents (RPD Art. 10(2)(b), (h)).",
                request, request.TravelDocument!));
    }
}
