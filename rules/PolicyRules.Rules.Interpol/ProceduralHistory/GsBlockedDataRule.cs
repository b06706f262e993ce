namespace PolicyRules.Rules.Interpol.ProceduralHistory;

[Name("INT-1103")]
[Description("The General Secretariat has blocked the data of this request as an interim measure: the notice must not be used while the doubt about its compliance is examined, and compliance is the General Secretariat's (or, on an application, the CCF's) to decide.")]
[Citation(Sources.Rpd, "Art. 129", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 79(1)(b)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 128(2)-(4)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom(Sources.InForce)]
[Remarks("Law in time: the Rules on the Processing of Data, in force 1 July 2012; Arts 79, 128 and 129 in the 2025 numbering.")]
[Remarks("A block is an interim measure (Art. 129(1): all appropriate steps to prevent prejudice while a doubt about compliance is examined), not a finding of non-compliance, so the rule reviews: nothing the engine finds can be 'allow' while the block stands, and whether the data comply is the General Secretariat's decision at the end of the examination (Art. 128(4)) or the CCF's on an application. National Central Bureaus consult published notices subject to these interim measures (Art. 79(1)(b)).")]
internal sealed class GsBlockedDataRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        InterpolHistoryEntry block = default!;

        When()
            .Match(() => request)
            .Match(() => block, e => e.Kind == InterpolHistoryKind.GsBlock);

        Then()
            .Yield(ctx => ctx.Review(
                $"The General Secretariat blocked the data of this {Words.Kind(request.Kind)} {History.On(block.Date)} as an interim measure while a doubt about their compliance is examined{History.Detail(block)} (RPD Art. 129): bureaus consult notices subject to such measures (Art. 79(1)(b)), so the notice must not be used meanwhile. Whether the data comply is for the General Secretariat to decide (Art. 128(4)), or for the CCF on an application.",
                request, block));
    }
}
