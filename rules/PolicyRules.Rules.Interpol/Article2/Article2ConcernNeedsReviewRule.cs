namespace PolicyRules.Rules.Interpol.Article2;

[Name("INT-0506")]
[Description("A human-rights concern not established by a competent body's finding (reports, death-penalty exposure, unremedied detention findings, in absentia without retrial) is reviewed.")]
[Citation(Sources.Constitution, "Art. 2(1)", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rop, "§2.1.5 para 32(d), §2.1 para 27", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "death-penalty exposure as an Article 2 ground", Authority.Unconfirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "review framework for reported concerns", Authority.Secondary, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: Article 2(1) of the INTERPOL Constitution, in force since 13 June 1956 [C] (INTERPOL traces the neutrality clause to 1948 and the choice to confine itself to ordinary-law crime to 1946); the rule applies from then. The RPD articles and the Repository of Practice it also cites interpret that article in the practice of 2012 and later; for earlier dates the reviewer reads them as that practice, not as the law then in force.")]
[Remarks("Decides open question Q9: a refusal needs a finding about this person by a competent body (a court, a UN treaty body, or a national authority deciding extradition or asylum), because the General Secretariat relies on such findings and makes no human-rights assessment of its own. Reports lead to review (INT-0506); the person's own allegation is a general-context factor only.")]
[Remarks("Decides open question Q14: the death penalty is not an independent refusal ground (no primary rule was found), so exposure to it goes to review. A remedied violation does not fire (Repository §2.1 para 27). Diplomatic assurances are for the reviewer.")]
internal sealed class Article2ConcernNeedsReviewRule : PolicyRule
{
    public override void Define()
    {
        Article2Doubt doubt = default!;

        When()
            .Match(() => doubt);

        Then()
            .Yield(ctx => ctx.Review(
                $"Human-rights concern needing review: {doubt.Description}.",
                doubt.Subject));
    }
}
