namespace PolicyRules.Rules.UsExtradition.TreatyBasis;

[Name("USX-0210")]
[Description("Screening: no charge is covered, but the treaty status or type is unconfirmed; confirm the treaty text before closing.")]
[Citation(Sources.Usam, "§ 3 (the Criminal Division decides whether a valid treaty covers the crimes)", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.Fam7, "1612 (extraditable offence)", Authority.Confirmed, Url = Sources.Fam1610)]
[EffectiveFrom("1948-09-01")]
[Remarks("Twin of USX-0209 under decision D1.")]
internal sealed class NotCoveredUnconfirmedRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        TreatyStatus treaty = default!;
        CaseSummary summary = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.Treaty)
            .Match(() => treaty, t => !(t.StatusConfirmed && t.TypeConfidence == "C"))
            .Match(() => summary, s => s.Screening && s.NoneExtraditableDetermined && !s.AllDcFailed);

        Then()
            .Yield(ctx => ctx.Review(
                $"On the treaty table (status [{treaty.Confidence}], type [{treaty.TypeConfidence}]) no charge is covered by the treaty with {treaty.Name} ({summary.Failing}); confirm the treaty text before closing the matter.",
                treaty, summary));
    }
}
