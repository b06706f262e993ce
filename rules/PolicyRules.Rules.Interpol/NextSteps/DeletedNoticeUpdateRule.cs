namespace PolicyRules.Rules.Interpol.NextSteps;

[Name("INT-1013")]
[Description("Once the data of the notice are deleted, the receiving bureau passes the deletion on to the national authorities it forwarded the notice to; after a CCF decision the General Secretariat notifies every Member that received the data.")]
[Citation(Sources.Rpd, "Art. 80(1)(a)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.CcfStatute, "Art. 41(4)", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[EffectiveFrom(Sources.InForce)]
[Remarks("Law in time: the Rules on the Processing of Data, in force 1 July 2012. The CCF Statute's Art. 41(4) (the General Secretariat notifies the Members that received the data of a correction or deletion made on the CCF's decision) is named only for a CCF deletion, which the case's dates place after 11 March 2017 (the Statute's entry into force).")]
[Remarks("Art. 80 concerns notices, so no step is given for a diffusion.")]
internal sealed class DeletedNoticeUpdateRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        InterpolHistoryEntry deletion = default!;

        When()
            .Match(() => request, r => r.Kind != RequestKind.Diffusion)
            .Match(() => deletion, e => History.Deleted(e));

        Then()
            .Yield(ctx => ctx.NextStep(
                Audience.ReceivingBureau,
                History.CcfDeleted(deletion)
                    ? $"The notice's data are deleted on the CCF's decision of {History.Day(deletion.DecidedOn)}: the General Secretariat notifies every Member that received them (CCF Statute Art. 41(4)), and the receiving bureau passes the deletion on, as an update of the notice, to every national authority it forwarded the notice to, so that none acts on it (RPD Art. 80(1)(a))."
                    : $"The General Secretariat deleted the notice's data {History.On(deletion.Date)}: the receiving bureau passes the deletion on, as an update of the notice, to every national authority it forwarded the notice to, so that none acts on it (RPD Art. 80(1)(a)).",
                request, deletion));
    }
}
