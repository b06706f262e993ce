namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0834")]
[Description("Derives a human-rights doubt from a charge carrying the death penalty, or a conviction in absentia with no guaranteed retrial (spec INT-0506 (b), (d)).")]
[Citation(Sources.Constitution, "Art. 2(1)", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rop, "§2.1 para 27", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Priority(1)]
internal sealed class Article2DoubtFromChargeRule : PolicyRule
{
    public override void Define()
    {
        Charge charge = default!;

        When()
            .Match(() => charge, c => HumanRights.NeedsReview(c));

        Then()
            .Yield(_ => new Article2Doubt(HumanRights.Describe(charge), charge));
    }
}
