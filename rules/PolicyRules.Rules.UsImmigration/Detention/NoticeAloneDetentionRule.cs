namespace PolicyRules.Rules.UsImmigration.Detention;

[Name("IMM-0201")]
[Description("ICE may not detain a person on a Red Notice or diffusion alone; independent grounds are required (ICE Directive 15006.1).")]
[Citation(Sources.IceDirective, "Use of INTERPOL Red Notices and Wanted Person Diffusions (29 Sep 2023): no exclusive reliance on a notice or diffusion to justify enforcement action", Authority.Confirmed, Url = Sources.Ice15006)]
[EffectiveFrom("2023-09-29")]
[Remarks("Was USX-0501 in the U.S. extradition rule set (retired there when the immigration track became its own rule set).")]
[Remarks("Decides only on a stated basis: ICE detention whose stated basis is the notice alone. Before the directive (29 Sep 2023) no binding rule forbade it; bond hearings then weighed the notice (IMM-0203).")]
[Remarks("Unknown is not absent: when ICE holds the person and the case does not state the basis, the rule asks for it instead of refusing or passing over the detention.")]
internal sealed class NoticeAloneDetentionRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;
        UsSituation us = default!;

        When()
            .Match(() => req)
            .Match(() => us, u => Immigration.HeldOnNoticeAlone(u) || Immigration.HeldOnUnstatedBasis(u));

        Then()
            .Yield(ctx => Immigration.HeldOnNoticeAlone(us)
                ? ctx.Deny(
                    $"ICE may not hold the person on the {Immigration.Notice(req)} alone: ICE Directive 15006.1 requires grounds independent of the notice for any enforcement action, detention included.",
                    req, us)
                : ctx.Ask(
                    Immigration.DetentionBasisQuestion(),
                    $"ICE holds the person and the case does not say on what basis; ICE Directive 15006.1 forbids detention on the {Immigration.Notice(req)} alone, so the basis must be asked, not assumed.",
                    req, us));
    }
}
