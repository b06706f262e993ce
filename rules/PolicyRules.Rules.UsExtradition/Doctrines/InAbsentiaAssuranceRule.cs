namespace PolicyRules.Rules.UsExtradition.Doctrines;

[Name("USX-0315")]
[Description("A conviction in absentia without a retrial assurance: it counts as a conviction, but the Secretary may require a retrial.")]
[Citation("Gallina v. Fraser", "278 F.2d 77 (2d Cir. 1960)", Authority.Confirmed)]
[EffectiveFrom("1948-09-01")]
internal sealed class InAbsentiaAssuranceRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        UsSituation us = default!;
        Charge charge = default!;

        When()
            .Match(() => basis, b => b.Kind != BasisKind.None)
            .Match(() => us, u => !UsFacts.Assurances(u).RetrialAfterInAbsentia && UsFacts.Proc(u).SurrenderedOn == null)
            .Match(() => charge, c => c.ConvictedInAbsentia);

        Then()
            .Yield(ctx => ctx.Review(
                $"Charge {charge.Id} is a conviction in absentia; it counts as a conviction, but the Secretary of State may make surrender conditional on a retrial.",
                charge, us));
    }
}
