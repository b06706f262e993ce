namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0903")]
[Description("Before the RPD took effect on 1 July 2012, the conditions for a notice or diffusion were those of the earlier rules, which this rule set does not encode: a reviewer checks the request against them.")]
[Citation(Sources.Rpd, "adoption (AG-2011-RES-07) and repeal of the earlier rules as of 30 June 2012", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.EarlierRules, "conditions for notices and diffusions", Authority.Unconfirmed)]
[EffectiveFrom("1956-06-13")]
[EffectiveUntil("2012-06-30")]
[Remarks("Law in time: the RPD applies from 1 July 2012 [C]; the rules it repealed (for 2003-2012 reported as the Rules on the Processing of Information, AG-2003-RES-04 [U]; before them, earlier General Assembly rules) cannot be read in the sources this rule set rests on. Rather than apply the 2012 conditions backwards or let nothing be said, the rule sends the request to review and names what to read. The Constitution's Articles 2 and 3 still decide on their own dates (INT-03xx, INT-04xx, INT-05xx).")]
internal sealed class EarlierRulesNotEncodedRule : PolicyRule
{
    public override void Define()
    {
        Evaluation evaluation = default!;
        Request request = default!;

        When()
            .Match(() => evaluation)
            .Match(() => request);

        Then()
            .Yield(ctx => ctx.Review(
                $"On {Words.Date(evaluation.AsOf)} the conditions for {Words.KindWithArticle(request.Kind)} (purpose, penalty, judicial data, excluded offences) were those of the rules in force before the RPD took effect on 1 July 2012, which this rule set does not encode; a reviewer must check the request against them (for 2003-2012, reportedly the Rules on the Processing of Information, AG-2003-RES-04).",
                request));
    }
}
