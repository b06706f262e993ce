namespace PolicyRules.Rules.UsExtradition.TreatyBasis;

[Name("USX-0211")]
[Description("Some charges are extraditable and others are not: proceed only on the extraditable ones.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation("United States v. Rauscher", "119 U.S. 407 (1886)", Authority.Confirmed)]
[EffectiveFrom("1948-09-01")]
internal sealed class PartialCoverageRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        CaseSummary summary = default!;

        When()
            .Match(() => basis, b => b.Kind != BasisKind.None)
            .Match(() => summary, s => s.AnyExtraditable && s.Assessments.Any(x => !x.Extraditable));

        Then()
            .Yield(ctx => ctx.Note(
                $"Only charge(s) {summary.ExtraditableIds} can found extradition; {summary.NotExtraditable} cannot.",
                summary));
    }
}
