namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0826")]
[Description("Derives factor 34(3)(c) towards an ordinary-law character: the request comes from an international entity with powers of investigation and prosecution (spec 2.1).")]
[Citation(Sources.Rpd, "Art. 34(3)(c)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§3.10 scenario E", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Priority(1)]
internal sealed class InternationalEntitySourceFactorRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.RequesterType == RequesterType.InternationalEntity);

        Then()
            .Yield(_ => new PredominanceFactor('c', FactorDirection.TowardsOrdinary, false, "the request comes from an international entity", request));
    }
}
