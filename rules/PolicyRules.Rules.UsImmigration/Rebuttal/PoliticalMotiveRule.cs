namespace PolicyRules.Rules.UsImmigration.Rebuttal;

[Name("IMM-0114")]
[Description("The case states signs that the prosecution behind the notice is politically motivated: evidence that the crime is not \"nonpolitical\" or that the notice is unreliable, for the applicant to offer in rebuttal.")]
[Citation(Sources.Ina, "§ 208(b)(2)(A)(iii) (the bar reaches only a serious nonpolitical crime)", Authority.Confirmed, Url = Sources.Ina208)]
[Citation(Sources.Werb, "27 I&N Dec. 795 (BIA 2020): the applicant may rebut the bar by a preponderance of the evidence", Authority.Confirmed, Url = Sources.WerbText)]
[EffectiveFrom("2020-03-06")]
[Remarks("Signs counted (context items concerning the person): publishedCampaignList, pressureOnRelatives, agentsAbroad, statedSubstituteForExtradition, internationalBodyFinding, persecutionCampaignAgainstGroup, and otherStateRefusedExtradition on political-offence or human-rights grounds. Whether they make the crime political or the notice unreliable is the judge's finding.")]
internal sealed class PoliticalMotiveRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;
        UsSituation us = default!;
        IEnumerable<ContextIndicator> signs = default!;

        When()
            .Match(() => req)
            .Match(() => us, u => Immigration.NoticeOffered(u) && Immigration.Bar(u).Finding == null)
            .Query(() => signs, q => q.Match<ContextIndicator>(i => Immigration.ShowsPoliticalMotive(i)).Collect())
            .Having(() => signs.Any());

        Then()
            .Yield(ctx => ctx.Review(
                $"The case states signs that the prosecution behind the {Immigration.Notice(req)} is politically motivated ({Immigration.Signs(signs)}): evidence the applicant may offer that the crime is not a nonpolitical one or that the notice is unreliable. The immigration judge weighs it.",
                req, Immigration.Bar(us)));
    }
}
