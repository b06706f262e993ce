namespace PolicyRules.Rules.UsExtradition.TreatyBasis;

[Name("USX-0902")]
[Description("Derives the basis for extradition: a treaty in force, otherwise 18 U.S.C. 3181(b) when every element is met, otherwise none.")]
[Citation(Sources.UsCode18, "§ 3181(a)", Authority.Confirmed, Url = Sources.Title18Ch209)]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty requirement (surrender only where a treaty or convention for extradition exists) was enacted by the Act of August 12, 1848, ch. 167, § 1 (9 Stat. 302) [C: Statutes at Large text] and carried through R.S. 5270 into 18 U.S.C. 3181 and 3184 (1948), so the rule applies from 1848-08-12. Before AEDPA § 443 (1996-04-24) the 3181(b) elements come from USX-0909, which meets none of them, so the basis is a treaty or nothing, as the law then was.")]
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
