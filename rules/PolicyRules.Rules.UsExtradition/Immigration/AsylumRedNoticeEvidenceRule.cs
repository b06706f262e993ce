namespace PolicyRules.Rules.UsExtradition.Immigration;

[Name("USX-0504")]
[Description("In asylum proceedings a Red Notice may be reliable evidence for the serious-nonpolitical-crime bar, shifting the burden to the applicant.")]
[Citation("Matter of W-E-R-B-", "27 I&N Dec. 795 (BIA 2020)", Authority.Confirmed)]
[EffectiveFrom("2020-03-06")]
[Remarks("Law in time: Matter of W-E-R-B-, 27 I&N Dec. 795, was decided by the Board on 2020-03-06 (legal review 2026-12-03). The rule on ICE detention on a notice alone is USX-0501, from ICE Directive 15006.1 (2023-09-29); this rule no longer repeats it, so a case between 2020 and 2023 is not told of a directive not yet issued.")]
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
                "In the asylum case a Red Notice may be reliable evidence for the serious-nonpolitical-crime bar, shifting the burden to the applicant (asylum and withholding; CAT deferral is not barred).",
                us));
    }
}
