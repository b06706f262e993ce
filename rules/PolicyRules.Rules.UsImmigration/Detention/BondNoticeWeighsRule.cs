namespace PolicyRules.Rules.UsImmigration.Detention;

[Name("IMM-0203")]
[Description("In a bond hearing under INA 236(a), DHS cites the notice as showing danger or flight risk: the immigration judge weighs it with the Matter of Guerra factors; the finding lists the factors stated and what in the case weighs against the notice.")]
[Citation(Sources.Guerra, "24 I&N Dec. 37 (BIA 2006): the person must show they are neither a danger nor a flight risk; the judge may consider any evidence that is probative and specific, including unproven charges", Authority.Confirmed, Url = Sources.GuerraText)]
[Citation(Sources.Ina, "§ 236(a) (release on bond pending removal proceedings)", Authority.Confirmed, Url = Sources.Ina236)]
[Citation("Kharis v. Sessions", "No. 18-cv-04800-JST (N.D. Cal. 6 Nov 2018): a bond denial resting on a Red Notice, with evidence against it unweighed, denied due process; new bond hearing ordered", Authority.Confirmed, Url = Sources.KharisText)]
[Citation("Law360, \"Inside immigration court: making the case for bond release\"", "the Guerra factors as an immigration judge lists them", Authority.Secondary)]
[EffectiveFrom("2006-09-28")]
[Remarks("Fires for discretionary custody (INA 236(a)) or when the custody statute is not stated; for mandatory or post-order custody the judge has no bond to weigh. How much the notice weighs is the judge's call: the rule never predicts it.")]
internal sealed class BondNoticeWeighsRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;
        UsSituation us = default!;

        When()
            .Match(() => req)
            .Match(() => us, u => Immigration.Custody(u).NoticeCited == true
                && (Immigration.Custody(u).Authority == null || Immigration.Custody(u).Authority == CustodyAuthority.Discretionary));

        Then()
            .Yield(ctx => ctx.Review(
                $"DHS cites the {Immigration.Notice(req)} as showing danger or flight risk. The person must show the immigration judge they are neither; the judge may weigh the notice, and must weigh the evidence against it, with the Matter of Guerra factors ({Immigration.GuerraFactors(us)}){(Immigration.BarrablePending(us) || Immigration.TortureClaimPending(us) ? "; the pending claim for protection is weighed too, since the chance of relief bears on the risk of flight" : string.Empty)}.",
                req, Immigration.Custody(us)));
    }
}
