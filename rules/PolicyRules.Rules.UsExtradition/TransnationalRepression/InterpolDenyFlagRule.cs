namespace PolicyRules.Rules.UsExtradition.TransnationalRepression;

[Name("USX-0601")]
[Description("The INTERPOL screening of the same case found the notice non-compliant: treat the request as possible transnational repression.")]
[Citation(Sources.UsCode22, "§ 263b(a) (sense of Congress on abuse of INTERPOL)", Authority.Confirmed, Url = Sources.Trap263b)]
[EffectiveFrom("2021-12-27")]
[Remarks("Reads the INTERPOL rule set's findings as facts in the same session; it never repeats INTERPOL rules.")]
internal sealed class InterpolDenyFlagRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        IEnumerable<Finding> found = default!;

        When()
            .Match(() => us)
            .Query(() => found, q => q.Match<Finding>(f => f.RuleSet == "interpol" && f.Effect == Effect.Deny).Collect())
            .Having(() => found.Any());

        Then()
            .Yield(ctx => ctx.Review(
                $"The INTERPOL screening of the same case found the notice non-compliant ({UsFacts.RuleIds(found)}); treat the request as possible transnational repression.",
                us));
    }
}
