namespace PolicyRules.Rules.UsImmigration.SeriousNonpoliticalCrime;

[Name("IMM-0121")]
[Description("The immigration judge found the serious-nonpolitical-crime bar applies: asylum and withholding are barred, CAT deferral remains; next steps are an appeal to the Board within 30 days and, if INTERPOL later deletes the notice, a motion to reopen.")]
[Citation(Sources.Ina, "§ 208(b)(2)(A)(iii) and § 241(b)(3)(B)(iii)", Authority.Confirmed, Url = Sources.Ina208)]
[Citation(Sources.Cfr8, "§ 1003.38(b) (appeal to the Board within 30 days)", Authority.Secondary)]
[Citation(Sources.Cfr8, "§ 1208.17(a) (deferral of removal)", Authority.Secondary, Url = Sources.Cfr1208_17)]
[EffectiveFrom("1997-04-01")]
[Remarks("The finding is the judge's, stated in the case; the rule only names what it bars and what can still be done. IMM-0301 takes over when INTERPOL deletes or cancels the notice after the order.")]
internal sealed class BarFoundRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;
        UsSituation us = default!;

        When()
            .Match(() => req)
            .Match(() => us, u => Immigration.Bar(u).Finding == BarFinding.Applies);

        Then()
            .Yield(ctx => ctx.Review(
                $"The immigration judge found the serious-nonpolitical-crime bar applies: asylum and withholding of removal (under the INA and the Convention Against Torture) are barred, deferral of removal under the Convention is not. Next: an appeal to the Board of Immigration Appeals within 30 days, a claim for deferral if torture is feared, and a motion to reopen if INTERPOL deletes or cancels the {Immigration.Notice(req)}.",
                req, Immigration.Bar(us)));
    }
}
