namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0803")]
[Description("Marks a barred charge that sits beside a charge able to support the request, so the separation practice applies (spec D3).")]
[Citation(Sources.Rop, "§3.12", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Priority(1)]
internal sealed class Art3SeparableRule : PolicyRule
{
    public override void Define()
    {
        Art3Barred barred = default!;

        When()
            .Match(() => barred)
            .Exists<WeighableCharge>(w => w.Charge != barred.Charge);

        Then()
            .Yield(_ => new Art3Separable(barred.Charge, barred.RuleIds));
    }
}
