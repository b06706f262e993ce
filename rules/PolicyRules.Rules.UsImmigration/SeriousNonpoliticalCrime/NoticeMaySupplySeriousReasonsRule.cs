namespace PolicyRules.Rules.UsImmigration.SeriousNonpoliticalCrime;

[Name("IMM-0101")]
[Description("DHS offers the notice for the serious-nonpolitical-crime bar: it may supply serious reasons for believing, which shifts the burden to the applicant; it can bar asylum and withholding, never CAT deferral. The immigration judge decides.")]
[Citation(Sources.Werb, "27 I&N Dec. 795 (BIA 2020), headnote (1): a Red Notice may be reliable evidence that the bar applies", Authority.Confirmed, Url = Sources.WerbText)]
[Citation(Sources.Ina, "§ 208(b)(2)(A)(iii) (asylum) and § 241(b)(3)(B)(iii) (withholding): serious reasons for believing the person committed a serious nonpolitical crime outside the United States before arrival", Authority.Confirmed, Url = Sources.Ina208)]
[Citation("Villalobos Sura v. Garland", "8 F.4th 1161 (9th Cir. 2021): once DHS shows serious reasons, the applicant must rebut the bar by a preponderance", Authority.Confirmed, Url = Sources.VillalobosSuraText)]
[Citation(Sources.Cfr8, "§ 1208.16(d)(2) (the bar also denies withholding under the Convention Against Torture)", Authority.Secondary)]
[EffectiveFrom("2020-03-06")]
[Remarks("Matter of W-E-R-B- was decided on 6 March 2020 (Interim Decision #3979); the rule applies from that day. IMM-0102 covers the same facts before it.")]
[Remarks("The engine never finds serious reasons itself, nor that they are rebutted: that is the immigration judge's finding. It names the reliefs the bar reaches and the evidence in the case that may rebut it (IMM-0111 to IMM-0114).")]
internal sealed class NoticeMaySupplySeriousReasonsRule : PolicyRule
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
                $"DHS offers the {Immigration.Notice(req)} as evidence of serious reasons for believing the person committed a serious nonpolitical crime before arriving. A notice may be reliable evidence of that; if the immigration judge finds serious reasons, the applicant must show by a preponderance that the bar does not apply. It can bar the pending {Immigration.BarrableReliefs(us)}; it can never bar deferral of removal under the Convention Against Torture.",
                req, Immigration.Bar(us)));
    }
}
