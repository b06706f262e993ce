namespace PolicyRules.Rules.UsImmigration.Rebuttal;

[Name("IMM-0111")]
[Description("The INTERPOL screening of the same case finds the notice non-compliant: evidence against the notice's reliability that the applicant may offer to rebut the bar, and a ground to ask the CCF for deletion.")]
[Citation(Sources.Werb, "27 I&N Dec. 795 (BIA 2020): the applicant may rebut the bar by a preponderance of the evidence", Authority.Confirmed, Url = Sources.WerbText)]
[Citation("Villalobos Sura v. Garland", "8 F.4th 1161 (9th Cir. 2021) (burden to rebut by a preponderance)", Authority.Confirmed, Url = Sources.VillalobosSuraText)]
[EffectiveFrom("2020-03-06")]
[Remarks("Reads the INTERPOL rule set's deny findings in the same session as facts; it never repeats an INTERPOL rule. They are this engine's assessment of the notice under INTERPOL's rules, not a decision of INTERPOL: the reason says so. IMM-0112 reads INTERPOL's own decisions.")]
internal sealed class InterpolScreeningNonCompliantRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;
        UsSituation us = default!;
        IEnumerable<Finding> found = default!;

        When()
            .Match(() => req)
            .Match(() => us, u => Immigration.NoticeOffered(u) && Immigration.Bar(u).Finding == null)
            .Query(() => found, q => q.Match<Finding>(f => f.RuleSet == "interpol" && f.Effect == Effect.Deny).Collect())
            .Having(() => found.Any());

        Then()
            .Yield(ctx => ctx.Review(
                $"The INTERPOL screening of the same facts finds the {Immigration.Notice(req)} non-compliant with INTERPOL's rules ({Immigration.RuleIds(found)}): not a decision of INTERPOL, but evidence the applicant may offer against the notice's reliability to rebut the bar, and a ground to ask INTERPOL's Commission for the Control of Files to delete it. The immigration judge weighs it.",
                req, Immigration.Bar(us)));
    }
}
