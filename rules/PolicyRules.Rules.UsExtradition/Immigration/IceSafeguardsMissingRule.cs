namespace PolicyRules.Rules.UsExtradition.Immigration;

[Name("USX-0502")]
[Description("The notice is used in immigration proceedings without the checks ICE Directive 15006.1 requires.")]
[Citation(Sources.IceDirective, "Use of INTERPOL Red Notices and diffusions (29 Sep 2023)", Authority.Confirmed, Url = Sources.Ice15006)]
[Citation("Red Notice Law Journal", "posts on Directive 15006.1, Sept-Oct 2023 (content of the checks)", Authority.Secondary)]
[EffectiveFrom("2023-09-29")]
internal sealed class IceSafeguardsMissingRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => UsFacts.Immigration(u).RedNoticeUsedInProceedings && !(UsFacts.Immigration(u).Safeguards.NoticeVerifiedCurrent && UsFacts.Immigration(u).Safeguards.AbuseReviewDone && UsFacts.Immigration(u).Safeguards.SupervisoryApproval && UsFacts.Immigration(u).Safeguards.NcbDocumentsAuthorised));

        Then()
            .Yield(ctx => ctx.Review(
                $"The notice is used in immigration proceedings without {UsFacts.MissingSafeguards(us)}, which must come before such use.",
                us));
    }
}
