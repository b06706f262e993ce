namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0825")]
[Description("Derives factor 34(3)(c), the identity of the source: an earlier Article 2 or 3 refusal, relabelled charges, or the requester's general record (spec 2.1).")]
[Citation(Sources.Rpd, "Art. 34(3)(c)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§2.2 para 56", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§2.1.5 para 32(c)", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Remarks("A requester's general record counts but never opens the test or denies on its own (Repository §2.1.5 para 32(c)).")]
[Priority(1)]
internal sealed class SourceFactorRule : PolicyRule
{
    public override void Define()
    {
        ContextIndicator indicator = default!;

        When()
            .Match(() => indicator, i => i.ConcernsThisPerson, i => Factors.IsSourceIndicator(i));

        Then()
            .Yield(_ => new PredominanceFactor('c', FactorDirection.TowardsPolitical, indicator.Kind != ContextKind.RequesterPastMisuseRecord,
                Factors.SourceText(indicator), indicator));
    }
}
