namespace PolicyRules.Rules.UsExtradition.Immigration;

[Name("USX-0501")]
[Description("ICE may not detain a person on a Red Notice or diffusion alone; independent grounds are required.")]
[Citation(Sources.IceDirective, "Use of INTERPOL Red Notices and diffusions (29 Sep 2023)", Authority.Confirmed, Url = Sources.Ice15006)]
[EffectiveFrom("2023-09-29")]
[Remarks("Open question Q7: a notice is never a sole basis for ICE detention; there is no per-country weighting.")]
internal sealed class IceDetentionOnNoticeRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;
        UsSituation us = default!;

        When()
            .Match(() => req)
            .Match(() => us, u => UsFacts.Immigration(u).IceDetention && UsFacts.Immigration(u).DetentionBasis == DetentionBasis.RedNoticeOnly);

        Then()
            .Yield(ctx => ctx.Deny(
                $"ICE may not rely only on the {UsFacts.Notice(req)} to justify detention; independent grounds are required.",
                req, us));
    }
}
