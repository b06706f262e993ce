namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0103")]
[Description("A Red Notice not coordinated with the authority responsible for extradition, or without the assurance that extradition will be sought, is refused.")]
[Citation(Sources.Rpd, "Art. 84(b)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
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
