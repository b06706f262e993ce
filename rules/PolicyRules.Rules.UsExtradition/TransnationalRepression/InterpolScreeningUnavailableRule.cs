namespace PolicyRules.Rules.UsExtradition.TransnationalRepression;

[Name("USX-0607")]
[Description("No finding of the INTERPOL screening is available for this case: the transnational-repression check rests on the context facts only.")]
[Citation(Sources.UsCode22, "§ 263b(a) (sense of Congress on abuse of INTERPOL)", Authority.Confirmed, Url = Sources.Trap263b)]
[EffectiveFrom("1948-09-01")]
[Remarks("The engine cannot tell a screening that was not run from one that found nothing; both read as no INTERPOL finding. The rule collects INTERPOL findings and asks for none, rather than negating Finding, because it yields a Finding itself.")]
internal sealed class InterpolScreeningUnavailableRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        IEnumerable<Finding> found = default!;

        When()
            .Match(() => us)
            .Query(() => found, q => q.Match<Finding>(f => f.RuleSet == "interpol").Collect())
            .Having(() => !found.Any());

        Then()
            .Yield(ctx => ctx.Note(
                "No finding of the INTERPOL screening is available for this case; the transnational-repression check rests on the context facts only.",
                us));
    }
}
