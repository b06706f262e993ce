namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0803")]
[Description("Marks a barred charge that sits beside a charge able to support the request, so the separation practice applies (spec D3).")]
[Citation(Sources.Rop, "§3.12", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
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
