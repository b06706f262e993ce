namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0830")]
[Description("Derives factor 34(3)(f), the neutrality of the Organization: the person's state objects, or the requester is in armed conflict with it (spec 2.1).")]
[Citation(Sources.Rpd, "Art. 34(3)(f)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 135", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§3.1 para 5", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Priority(1)]
internal sealed class NeutralityFactorRule : PolicyRule
{
    public override void Define()
    {
        ContextIndicator indicator = default!;

        When()
            .Match(() => indicator, i => i.ConcernsThisPerson, i => Factors.IsNeutralityIndicator(i));

        Then()
            .Yield(_ => new PredominanceFactor('f', FactorDirection.TowardsPolitical, true, Factors.NeutralityText(indicator), indicator));
    }
}
