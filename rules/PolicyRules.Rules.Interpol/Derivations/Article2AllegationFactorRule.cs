namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0832")]
[Description("Derives factor 34(3)(g) from a human-rights allegation made only by the person or counsel (spec 2.1).")]
[Citation(Sources.Rpd, "Art. 34(3)(g)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§2.3 paras 59-62", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Priority(1)]
internal sealed class Article2AllegationFactorRule : PolicyRule
{
    public override void Define()
    {
        Article2Concern concern = default!;

        When()
            .Match(() => concern, c => c.Basis == Article2Basis.AllegationOnly);

        Then()
            .Yield(_ => new PredominanceFactor('g', FactorDirection.TowardsPolitical, false,
                $"an unsubstantiated allegation of {Words.Of(concern.Kind)} ({Words.Detail(concern.Detail)})", concern));
    }
}
