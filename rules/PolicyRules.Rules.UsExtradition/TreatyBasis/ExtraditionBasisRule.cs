namespace PolicyRules.Rules.UsExtradition.TreatyBasis;

[Name("USX-0902")]
[Description("Derives the basis for extradition: a treaty in force, otherwise 18 U.S.C. 3181(b) when every element is met, otherwise none.")]
[Citation(Sources.UsCode18, "§ 3181(a)", Authority.Confirmed, Url = Sources.Title18Ch209)]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[EffectiveFrom("1948-09-01")]
[Remarks("A suspended treaty counts as no treaty. A treaty basis is confirmed only when the row's status is tagged C and not disputed; a 3181(b) basis rests on the case facts and is always confirmed; no basis is confirmed when the row says none or suspended at C, and never when the country is not on record.")]
[Priority(1)]
internal sealed class ExtraditionBasisRule : PolicyRule
{
    public override void Define()
    {
        TreatyStatus treaty = default!;
        Section3181bElements s3181 = default!;

        When()
            .Match(() => treaty)
            .Match(() => s3181);

        Then()
            .Yield(ctx => new ExtraditionBasis
            {
                Kind = treaty.State == TreatyState.InForce ? BasisKind.Treaty : s3181.Met ? BasisKind.Section3181b : BasisKind.None,
                Confirmed = treaty.State == TreatyState.InForce
                    ? treaty.StatusConfirmed
                    : s3181.Met || (treaty.State != TreatyState.NotOnRecord && treaty.StatusConfirmed),
            });
    }
}
