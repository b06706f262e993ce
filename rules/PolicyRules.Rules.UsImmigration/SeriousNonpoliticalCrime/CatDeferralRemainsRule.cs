namespace PolicyRules.Rules.UsImmigration.SeriousNonpoliticalCrime;

[Name("IMM-0104")]
[Description("The serious-nonpolitical-crime bar, whatever the notice shows, cannot bar deferral of removal under the Convention Against Torture: the torture claim is decided on its merits.")]
[Citation(Sources.Cfr8, "§ 1208.17(a) (deferral of removal for a person entitled to CAT protection but subject to the mandatory denial of withholding)", Authority.Secondary, Url = Sources.Cfr1208_17)]
[Citation(Sources.Cfr8, "§ 1208.16(d)(2) (the bars deny withholding under the Convention, not deferral)", Authority.Secondary)]
[Citation("Villalobos Sura v. Garland", "8 F.4th 1161 (9th Cir. 2021): withholding barred, deferral decided separately on government acquiescence", Authority.Confirmed, Url = Sources.VillalobosSuraText)]
[EffectiveFrom("1999-03-22")]
[Remarks("From the entry into force of the CAT regulations (64 FR 8478, 19 Feb 1999, effective 22 March 1999 [S: the date is from secondary commentary]).")]
[Remarks("Fires when the bar is in play (DHS offers the notice for it, or the judge found it applies) and a CAT application is pending; with no CAT application stated it stays silent, because whether torture is feared is the person's claim to make.")]
internal sealed class CatDeferralRemainsRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;
        UsSituation us = default!;

        When()
            .Match(() => req)
            .Match(() => us, u => (Immigration.NoticeOffered(u) || Immigration.Bar(u).Finding == BarFinding.Applies) && Immigration.TortureClaimPending(u));

        Then()
            .Yield(ctx => ctx.Review(
                $"Whatever the {Immigration.Notice(req)} shows, the serious-nonpolitical-crime bar cannot bar deferral of removal under the Convention Against Torture: the immigration judge must still decide whether torture is more likely than not on removal{Immigration.Destination(us)}.",
                req, Immigration.Bar(us)));
    }
}
