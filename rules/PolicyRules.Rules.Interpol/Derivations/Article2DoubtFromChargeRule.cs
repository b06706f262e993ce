namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0834")]
[Description("Derives a human-rights doubt from a charge carrying the death penalty, or a conviction in absentia with no guaranteed retrial (spec INT-0506 (b), (d)).")]
[Citation(Sources.Constitution, "Art. 2(1)", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rop, "§2.1 para 27", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
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
