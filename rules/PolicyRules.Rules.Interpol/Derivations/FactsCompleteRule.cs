namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0812")]
[Description("Marks a summary of facts that gives the person's own acts, the time and the place (spec D11).")]
[Citation(Sources.Rpd, "Art. 83(2)(b)(i)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
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
