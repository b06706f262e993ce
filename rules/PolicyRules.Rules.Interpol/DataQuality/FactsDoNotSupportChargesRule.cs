namespace PolicyRules.Rules.Interpol.DataQuality;

[Name("INT-0206")]
[Description("A request is refused when the facts described do not match the charges or do not link the person to them.")]
[Citation(Sources.Rop, "§3.13", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rpd, "Art. 12", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 99(2)(a)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Remarks("Unknown is not absent: when a summary of facts is given but nobody has said whether it supports the charges, the rule asks instead of refusing.")]
[EffectiveFrom("2012-07-01")]
[Addresses(Elements.JudicialData)]
internal sealed class FactsDoNotSupportChargesRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        IEnumerable<Charge> charges = default!;

        When()
            .Match(() => request, r => r.SummaryOfFacts != null && r.SummaryOfFacts.SupportsCharges != true)
            .Query(() => charges, q => q.Match<Charge>().Collect());

        Then()
            .Yield(ctx => request.SummaryOfFacts!.SupportsCharges == false
                ? ctx.Deny(
                    $"The facts described do not match the charges ({Words.List(charges.Select(c => c.Id).Order(StringComparer.Ordinal))}); charges must be supported by facts linking the person to them (Repository of Practice §3.13).",
                    request, request.SummaryOfFacts!)
                : ctx.Ask(
                    new Question(
                        "Do the facts described in the summary match the legal elements of the charges and link the person to them?",
                        new Answer("no", "$.request.summaryOfFacts.supportsCharges", "false"),
                        new Answer("yes", "$.request.summaryOfFacts.supportsCharges", "true")),
                    "The case does not say whether the summary of facts supports the charges (an analyst's finding); this must be asked, not assumed.",
                    request, request.SummaryOfFacts!));
    }
}
