namespace PolicyRules.Rules.UsExtradition.Immigration;

[Name("USX-0504")]
[Description("In asylum proceedings a Red Notice may be reliable evidence for the serious-nonpolitical-crime bar, but never ICE's sole basis for detention.")]
[Citation("Matter of W-E-R-B-", "27 I&N Dec. 795 (BIA 2020)", Authority.Confirmed)]
[Citation(Sources.IceDirective, "Use of INTERPOL Red Notices and diffusions (29 Sep 2023)", Authority.Confirmed, Url = Sources.Ice15006)]
[EffectiveFrom("2020-03-06")]
[Remarks("Legal review 2026-12-03, row USX-0504: Matter of W-E-R-B- was decided on 6 March 2020; the rule applied from 1 January 2020.")]
[Remarks("The effective date uses the decision year; the day is not known [U].")]
internal sealed class AsylumRedNoticeEvidenceRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;
        UsSituation us = default!;

        When()
            .Match(() => req, r => r.Kind == RequestKind.RedNotice)
            .Match(() => us, u => UsFacts.Immigration(u).AsylumClaimPending);

        Then()
            .Yield(ctx => ctx.Note(
                "In the asylum case a Red Notice may be reliable evidence for the serious-nonpolitical-crime bar, shifting the burden to the applicant; it may never be ICE's sole basis for detention.",
                us));
    }
}
