namespace PolicyRules.Rules.Interpol.TravelDocuments;

[Name("INT-0743")]
[Description("A revoked travel document entered in the SLTD database as part of a mass upload goes to review: the Repository records such an upload, after a failed coup, removed as a preventive Article 3 measure.")]
[Citation(Sources.Constitution, "Art. 3", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rop, "§3.5 case 9", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rpd, "Art. 43(3)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: Article 3 of the INTERPOL Constitution, in force since 13 June 1956 [C]; the rule applies from then. The RPD article and the Repository of Practice it also cites interpret that article in the practice of 2012 and later; for earlier dates the reviewer reads them as that practice, not as the law then in force.")]
[Remarks("Review, not refusal: in the Repository's case the General Secretariat removed many thousands of passports revoked within days of a failed coup, because the unusual upload could be linked to the coup; an upload in bulk is a reason to look at the context, not a finding by itself. The reason names any general-context indicator the case states.")]
[Addresses(Elements.Purpose)]
internal sealed class RevokedInBulkUploadRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        IEnumerable<ContextIndicator> context = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.SltdRecord, r => r.TravelDocument != null,
                r => r.TravelDocument!.Status == TravelDocumentStatus.Revoked && r.TravelDocument.PartOfBulkUpload == true)
            .Query(() => context, q => q.Match<ContextIndicator>(i => Factors.IsGeneralContext(i)).Collect());

        Then()
            .Yield(ctx => ctx.Review(
                $"The revoked {Words.Of(request.TravelDocument!.DocumentType)} came in a mass upload of revoked documents{(context.Any() ? " (context: " + Words.List(context.Select(Factors.GeneralContextText).Order(StringComparer.Ordinal)) + ")" : string.Empty)}; the Repository records such an upload after a failed coup removed as a preventive measure under Article 3 (§3.5 case 9), so the General Secretariat must check what the revocations answer to.",
                request, request.TravelDocument!));
    }
}
