namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0103")]
[Description("A Red Notice not coordinated with the authority responsible for extradition, or without the assurance that extradition will be sought, is refused.")]
[Citation(Sources.Rpd, "Art. 84(b)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Only an explicit \"no\" fires this rule. An unanswered question leaves the purpose element open, so INT-0902 sends the case to review.")]
[Addresses(Elements.Purpose)]
internal sealed class NoExtraditionAssuranceRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice, r => Purpose.AssuranceRefused(r));

        Then()
            .Yield(ctx => ctx.Deny(
                $"The request {(request.ExtraditionAssurance!.CoordinatedWithExtraditionAuthority == false ? "was not coordinated with the authority responsible for extradition" : "carries no assurance that extradition will be sought on arrest")}, as RPD Art. 84(b) requires.",
                request));
    }
}
