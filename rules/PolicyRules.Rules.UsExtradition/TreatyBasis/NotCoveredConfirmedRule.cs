namespace PolicyRules.Rules.UsExtradition.TreatyBasis;

[Name("USX-0209")]
[Description("Screening: under a confirmed treaty of confirmed type, no charge is covered; the Criminal Division cannot find the person extraditable.")]
[Citation(Sources.Usam, "§ 3 (the Criminal Division decides whether a valid treaty covers the crimes)", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.Fam7, "1612 (extraditable offence)", Authority.Confirmed, Url = Sources.Fam1610)]
[EffectiveFrom("1948-09-01")]
internal sealed class NotCoveredConfirmedRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        TreatyStatus treaty = default!;
        CaseSummary summary = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.Treaty)
            .Match(() => treaty, t => t.StatusConfirmed && t.TypeConfidence == "C")
            .Match(() => summary, s => s.Screening && s.NoneExtraditableDetermined && !s.AllDcFailed);

        Then()
            .Yield(ctx => ctx.Deny(
                $"The {treaty.TypeText} treaty with {treaty.Name} covers none of the charges ({summary.Failing}); the Criminal Division cannot find the person extraditable on this request.",
                treaty, summary));
    }
}
