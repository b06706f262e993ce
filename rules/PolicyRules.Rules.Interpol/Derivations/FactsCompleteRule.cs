namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0812")]
[Description("Marks a summary of facts that gives the person's own acts, the time and the place (spec D11).")]
[Citation(Sources.Rpd, "Art. 83(2)(b)(i)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Priority(1)]
internal sealed class FactsCompleteRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.SummaryOfFacts != null && JudicialData.FactsComplete(r.SummaryOfFacts));

        Then()
            .Yield(_ => new FactsComplete(request.SummaryOfFacts!));
    }
}
