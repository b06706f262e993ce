namespace PolicyRules.Rules.UsExtradition.TreatyBasis;

[Name("USX-0203")]
[Description("The requesting state has no row in the treaty table: check Treaties in Force before treating the person as not extraditable.")]
[Citation(Sources.UsCode18, "§ 3181(a)", Authority.Confirmed, Url = Sources.Title18Ch209)]
[Citation(Sources.StateDepartment, "Treaties in Force (extradition entries)", Authority.Secondary)]
[EffectiveFrom("1948-09-01")]
[Remarks("Open question Q12: states named as partners only by unverified sources (Bangladesh, Botswana, Brunei, Uganda, Marshall Islands, Somaliland) are left out of the table on purpose, so they reach this rule and are reviewed.")]
internal sealed class NotOnRecordRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        TreatyStatus treaty = default!;
        Section3181bElements s3181 = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.None)
            .Match(() => treaty, t => t.State == TreatyState.NotOnRecord)
            .Match(() => s3181, s => !s.ElementsMetExceptCertification);

        Then()
            .Yield(ctx => ctx.Review(
                $"{treaty.Country} has no row in the treaty table; check Treaties in Force before treating the person as not extraditable.",
                treaty));
    }
}
