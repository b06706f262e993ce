namespace PolicyRules.Rules.UsExtradition.TreatyBasis;

[Name("USX-0202")]
[Description("The treaty table says no treaty is in force, but the row is unconfirmed or disputed: verify before treating the person as not extraditable.")]
[Citation(Sources.UsCode18, "§ 3181(a)", Authority.Confirmed, Url = Sources.Title18Ch209)]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[Citation(Sources.ResearchNotes, "us-extradition §5.4, §10.2 (treaty lists)", Authority.Secondary)]
[EffectiveFrom("1948-09-01")]
[Remarks("Twin of USX-0201 under decision D1: the same facts on an [S] or [U] row, or a disputed one, send the case to review and quote the tag and source.")]
internal sealed class NoTreatyUnconfirmedRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        TreatyStatus treaty = default!;
        Section3181bElements s3181 = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.None)
            .Match(() => treaty, t => t.State == TreatyState.None || t.State == TreatyState.Suspended, t => t.Confidence != "C" || t.Disputed)
            .Match(() => s3181, s => !s.ElementsMetExceptCertification);

        Then()
            .Yield(ctx => ctx.Review(
                $"The treaty table says there is no extradition treaty in force with {treaty.Name}, but the row is only {treaty.Tagged}; if Treaties in Force confirms it, the person is not extraditable.",
                treaty, s3181));
    }
}
