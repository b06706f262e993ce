namespace PolicyRules.Rules.UsImmigration.SeriousNonpoliticalCrime;

[Name("IMM-0103")]
[Description("DHS offers the notice for the serious-nonpolitical-crime bar with no other evidence: ICE Directive 15006.1 forbids ICE to rely on a notice alone in immigration proceedings.")]
[Citation(Sources.IceDirective, "Use of INTERPOL Red Notices and Wanted Person Diffusions (29 Sep 2023): no exclusive reliance on a notice or diffusion to justify enforcement action or in immigration proceedings", Authority.Confirmed, Url = Sources.Ice15006)]
[Citation("Villalobos Sura v. Garland", "8 F.4th 1161 (9th Cir. 2021): the notice together with corroborating evidence and testimony established serious reasons", Authority.Confirmed, Url = Sources.VillalobosSuraText)]
[EffectiveFrom("2023-09-29")]
[Remarks("The directive binds ICE personnel, not the immigration judge, and Matter of W-E-R-B- still allows a notice to be reliable evidence; so the rule sends the question to the judge (review) instead of refusing the bar. It fires only when the case states that DHS offers no other evidence.")]
internal sealed class NoticeAloneInProceedingsRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;
        UsSituation us = default!;

        When()
            .Match(() => req)
            .Match(() => us, u => Immigration.NoticeOffered(u) && Immigration.Bar(u).OtherEvidence == false);

        Then()
            .Yield(ctx => ctx.Review(
                $"DHS offers the {Immigration.Notice(req)} for the bar with no other evidence, while ICE Directive 15006.1 forbids ICE personnel to rely on a notice alone in immigration proceedings; the immigration judge decides whether the notice alone shows serious reasons.",
                req, Immigration.Bar(us)));
    }
}
