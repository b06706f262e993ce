namespace PolicyRules.Rules.UsImmigration.SeriousNonpoliticalCrime;

[Name("IMM-0102")]
[Description("Before Matter of W-E-R-B- (6 March 2020), DHS offers the notice for the serious-nonpolitical-crime bar: no precedent had yet said what weight a notice carries; the immigration judge weighs it as any evidence.")]
[Citation(Sources.Ina, "§ 208(b)(2)(A)(iii) and § 241(b)(3)(B)(iii) (as enacted by IIRIRA, Pub. L. 104-208)", Authority.Confirmed, Url = Sources.Ina208)]
[Citation("Radiowala v. Att'y Gen.", "930 F.3d 577 (3d Cir. 2019) n.1: the court gave no weight to the existence and content of a Red Notice", Authority.Secondary)]
[EffectiveFrom("1997-04-01")]
[EffectiveUntil("2020-03-05")]
[Remarks("From 1 April 1997, IIRIRA's general effective date for its title III [U: the date is IIRIRA § 309(a) as commonly cited; the section was not re-read]. Before that the withholding bar was INA 243(h)(2)(C) (Refugee Act of 1980, \"serious reasons for considering\") and the asylum bar was regulatory: not encoded, so a case before 1997 gets no finding on the bar.")]
internal sealed class SeriousReasonsBeforeWerbRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;
        UsSituation us = default!;

        When()
            .Match(() => req)
            .Match(() => us, u => Immigration.NoticeOffered(u) && Immigration.BarrablePending(u) && Immigration.Bar(u).Finding == null);

        Then()
            .Yield(ctx => ctx.Review(
                $"DHS offers the {Immigration.Notice(req)} as evidence of serious reasons for believing the person committed a serious nonpolitical crime before arriving, against the pending {Immigration.BarrableReliefs(us)}. No precedent decision has yet said what weight a notice carries (Matter of W-E-R-B- came on 6 March 2020); the immigration judge weighs it as any other evidence.",
                req, Immigration.Bar(us)));
    }
}
