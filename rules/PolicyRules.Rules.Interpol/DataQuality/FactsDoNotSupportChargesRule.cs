namespace PolicyRules.Rules.Interpol.DataQuality;

[Name("INT-0206")]
[Description("A request is refused when the facts described do not match the charges or do not link the person to them.")]
[Citation(Sources.Rop, "§3.13", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rpd, "Art. 12", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 99(2)(a)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
internal sealed class FactsDoNotSupportChargesRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        IEnumerable<Charge> charges = default!;

        When()
            .Match(() => request, r => r.SummaryOfFacts != null && r.SummaryOfFacts.SupportsCharges == false)
            .Query(() => charges, q => q.Match<Charge>().Collect());

        Then()
            .Yield(ctx => ctx.Deny(
                $"The facts described do not match the charges ({Words.List(charges.Select(c => c.Id).Order(StringComparer.Ordinal))}); charges must be supported by facts linking the person to them (Repository of Practice §3.13).",
                request, request.SummaryOfFacts!));
    }
}
