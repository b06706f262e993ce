namespace PolicyRules.Rules.UsExtradition.TransnationalRepression;

[Name("USX-0602")]
[Description("The INTERPOL screening of the same case flagged the notice for review: U.S. action should await that review.")]
[Citation(Sources.UsCode22, "§ 263b(a) (sense of Congress on abuse of INTERPOL)", Authority.Confirmed, Url = Sources.Trap263b)]
[EffectiveFrom("2021-12-27")]
internal sealed class InterpolReviewFlagRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        IEnumerable<Finding> found = default!;

        When()
            .Match(() => us)
            .Query(() => found, q => q.Match<Finding>(f => f.RuleSet == "interpol" && (f.Effect == Effect.Review || f.Effect == Effect.Deny)).Collect())
            .Having(() => found.Any(f => f.Effect == Effect.Review) && !found.Any(f => f.Effect == Effect.Deny));

        Then()
            .Yield(ctx => ctx.Review(
                $"The INTERPOL screening of the same case flagged the notice for review ({UsFacts.RuleIds(found.Where(f => f.Effect == Effect.Review))}); U.S. action on it should await that review.",
                us));
    }
}
