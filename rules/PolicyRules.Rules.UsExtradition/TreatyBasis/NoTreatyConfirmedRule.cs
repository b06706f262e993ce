namespace PolicyRules.Rules.UsExtradition.TreatyBasis;

[Name("USX-0201")]
[Description("Not extraditable: the treaty table confirms that no extradition treaty is in force with the requesting state, and 18 U.S.C. 3181(b) is not met.")]
[Citation(Sources.UsCode18, "§ 3181(a)", Authority.Confirmed, Url = Sources.Title18Ch209)]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[Citation("Valentine v. United States ex rel. Neidecker", "299 U.S. 5 (1936)", Authority.Confirmed)]
[EffectiveFrom("1948-09-01")]
[Remarks("Decision D1: a treaty-table value may decide only when its tag is C and the row is not disputed; otherwise USX-0202 reviews instead. A suspended treaty counts as no treaty (open question Q1).")]
internal sealed class NoTreatyConfirmedRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        TreatyStatus treaty = default!;
        Section3181bElements s3181 = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.None)
            .Match(() => treaty, t => t.State == TreatyState.None || t.State == TreatyState.Suspended, t => t.Confidence == "C" && !t.Disputed)
            .Match(() => s3181, s => !s.ElementsMetExceptCertification);

        Then()
            .Yield(ctx => ctx.Deny(
                $"There is no extradition treaty in force with {treaty.Name} (status {UsFacts.Name(treaty.State)}, {treaty.Tagged}) and 18 U.S.C. 3181(b) is not met, so the person cannot be extradited.",
                treaty, s3181));
    }
}
