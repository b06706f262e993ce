namespace PolicyRules.Rules.UsExtradition.NextSteps;

[Name("USX-1001")]
[Description("When the case shows signs that the requesting state abuses INTERPOL communications, the Attorney General and the Secretary of State are to inform INTERPOL's General Secretariat of the incident so that INTERPOL can act.")]
[Citation(Sources.UsCode22, "§ 263b(b)(2)", Authority.Confirmed, Url = Sources.Trap263b)]
[Citation(Sources.UsCode22, "§ 263b(e) (INTERPOL communications include notices and diffusions)", Authority.Confirmed, Url = Sources.Trap263b)]
[EffectiveFrom("2021-12-27")]
[Remarks("Law in time: 22 U.S.C. 263b was enacted by the FY2022 NDAA (Pub. L. 117-81), signed 2021-12-27; it has no earlier counterpart in statute.")]
[Remarks("The signs counted: the INTERPOL screening of the same case refused the notice (a deny finding of the interpol rule set, read as a fact as USX-0601 does), or a context item concerning the person of kind publishedCampaignList, pressureOnRelatives, agentsAbroad, statedSubstituteForExtradition or priorInterpolRefusal, or INTERPOL's deletion or block of the notice stated in the request's history (USX-0610). Whether an incident is abuse is the Attorney General's and the Secretary of State's finding; the step names their duty under 263b(b)(2), it does not find the abuse.")]
internal sealed class InformGeneralSecretariatOfAbuseRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        UsSituation us = default!;
        IEnumerable<ContextIndicator> signs = default!;
        IEnumerable<Finding> refusals = default!;
        IEnumerable<InterpolHistoryEntry> withdrawals = default!;

        When()
            .Match(() => request)
            .Match(() => us)
            .Query(() => signs, q => q.Match<ContextIndicator>(i => UsFacts.AbuseSign(i)).Collect())
            .Query(() => refusals, q => q.Match<Finding>(f => f.RuleSet == "interpol" && f.Effect == Effect.Deny).Collect())
            .Query(() => withdrawals, q => q.Match<InterpolHistoryEntry>(e => UsFacts.InterpolWithdrew(e)).Collect())
            .Having(() => signs.Any() || refusals.Any() || withdrawals.Any());

        Then()
            .Yield(ctx => ctx.NextStep(
                Audience.UsAuthorities,
                $"The case shows signs that the {UsFacts.Notice(request)} may serve a politically motivated or other unlawful end ({UsFacts.AbuseSigns(signs, refusals, withdrawals)}): if they find it does, the Attorney General and the Secretary of State are to inform INTERPOL's General Secretariat of the incident so that INTERPOL can act (22 U.S.C. 263b(b)(2)). Whether it is abuse is theirs to find.",
                request, us));
    }
}

