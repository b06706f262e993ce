namespace PolicyRules.Rules.UsImmigration.Detention;

[Name("IMM-0202")]
[Description("The notice is used in immigration proceedings without the checks ICE Directive 15006.1 requires first, or without a stated record of them.")]
[Citation(Sources.IceDirective, "Use of INTERPOL Red Notices and Wanted Person Diffusions (29 Sep 2023)", Authority.Confirmed, Url = Sources.Ice15006)]
[Citation("Red Notice Law Journal", "posts on Directive 15006.1, Sept-Oct 2023 (the four checks: current and active, abuse review, supervisory approval, U.S. NCB documents and authorisation)", Authority.Secondary)]
[EffectiveFrom("2023-09-29")]
[Remarks("Was USX-0502 in the U.S. extradition rule set. The list of checks comes from secondary reports of the directive, so the rule only sends to review. A check the case does not state is named as not stated, never as not done.")]
internal sealed class SafeguardsMissingRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;
        UsSituation us = default!;

        When()
            .Match(() => req)
            .Match(() => us, u => Immigration.Of(u).RedNoticeUsedInProceedings && !Immigration.SafeguardsAllDone(u));

        Then()
            .Yield(ctx => ctx.Review(
                $"DHS uses the {Immigration.Notice(req)} in immigration proceedings without {Immigration.SafeguardGaps(us)}, which ICE Directive 15006.1 requires before such use; an ICE supervisor or the immigration judge should require them.",
                req, us));
    }
}
