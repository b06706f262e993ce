namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0830")]
[Description("Derives factor 34(3)(f), the neutrality of the Organization: the person's state objects, or the requester is in armed conflict with it (spec 2.1).")]
[Citation(Sources.Rpd, "Art. 34(3)(f)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 135", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§3.1 para 5", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
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
