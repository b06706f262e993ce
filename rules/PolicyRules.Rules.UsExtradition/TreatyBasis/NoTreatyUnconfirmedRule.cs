namespace PolicyRules.Rules.UsExtradition.TreatyBasis;

[Name("USX-0202")]
[Description("The treaty table says no treaty is in force, but the row is unconfirmed or disputed: verify before treating the person as not extraditable.")]
[Citation(Sources.UsCode18, "§ 3181(a)", Authority.Confirmed, Url = Sources.Title18Ch209)]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[Citation(Sources.ResearchNotes, "us-extradition §5.4, §10.2 (treaty lists)", Authority.Secondary)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
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
