namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0822")]
[Description("Derives factor 34(3)(a) towards an ordinary-law character: a charge alleging personal gain or violence against persons (spec 2.1).")]
[Citation(Sources.Rpd, "Art. 34(3)(a)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§2.2 paras 47-58", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Priority(1)]
internal sealed class NatureTowardsOrdinaryFactorRule : PolicyRule
{
    public override void Define()
    {
        Charge charge = default!;

        When()
            .Match(() => charge, c => c.Conduct.PersonalGain || c.Conduct.Violence >= Violence.AgainstPersons);

        Then()
            .Yield(_ => new PredominanceFactor('a', FactorDirection.TowardsOrdinary, false,
                charge.Conduct.PersonalGain
                    ? $"charge {charge.Id} alleges personal gain"
                    : $"charge {charge.Id} alleges violence against persons",
                charge));
    }
}
