namespace PolicyRules.Rules.Interpol.NextSteps;

[Name("INT-1012")]
[Description("While the General Secretariat's block stands, the receiving bureau may not act on the notice and passes the block on to the national authorities it forwarded the notice to.")]
[Citation(Sources.Rpd, "Art. 79(1)(b)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 129", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 80(1)(a)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom(Sources.InForce)]
[Remarks("Law in time: the Rules on the Processing of Data, in force 1 July 2012; Arts 79, 80 and 129 in the 2025 numbering.")]
[Remarks("Art. 80(1)(a) makes bureaus forward to their national authorities the data of the notices they receive and the updates regarding them; a block is such an update. Art. 80 concerns notices, so no step is given for a diffusion.")]
internal sealed class BlockedNoticeNotUsedRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        InterpolHistoryEntry block = default!;

        When()
            .Match(() => request, r => r.Kind != RequestKind.Diffusion)
            .Match(() => block, e => e.Kind == InterpolHistoryKind.GsBlock)
            .Not<InterpolHistoryEntry>(e => History.Deleted(e));

        Then()
            .Yield(ctx => ctx.NextStep(
                Audience.ReceivingBureau,
                $"The General Secretariat blocked the notice {History.On(block.Date)} as an interim measure (RPD Art. 129): while the block stands no bureau may consult or act on it (Art. 79(1)(b)), and the receiving bureau passes the block on, as an update of the notice, to every national authority it forwarded the notice to (Art. 80(1)(a)).",
                request, block));
    }
}
