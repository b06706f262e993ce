namespace PolicyRules.Rules.UsExtradition.RedNoticeHandling;

[Name("USX-0102")]
[Description("No U.S. department or agency may extradite a person based solely on an INTERPOL Red Notice or diffusion (22 U.S.C. 263b(d)).")]
[Citation(Sources.UsCode22, "§ 263b(d) (Pub. L. 117-81, FY2022 NDAA)", Authority.Confirmed, Url = Sources.Trap263b)]
[EffectiveFrom("2021-12-27")]
[Remarks("The effective date is the date of enactment of the FY2022 NDAA (27 December 2021), which the date reference in 263b(c) confirms.")]
internal sealed class NoExtraditionOnNoticeAloneRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;
        UsSituation us = default!;
        EffectiveRequests er = default!;

        When()
            .Match(() => req)
            .Match(() => us, u => UsFacts.Proc(u).ComplaintFiledOn == null)
            .Match(() => er, e => !e.Any);

        Then()
            .Yield(ctx => ctx.Deny(
                $"No U.S. department or agency may extradite anyone based solely on the {UsFacts.Notice(req)}, and no conforming extradition request has been received.",
                req, er));
    }
}
