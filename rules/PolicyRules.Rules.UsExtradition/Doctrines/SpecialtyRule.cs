namespace PolicyRules.Rules.UsExtradition.Doctrines;

[Name("USX-0310")]
[Description("Rule of specialty: once surrender is ordered, the person may be tried only for the surrendered charges.")]
[Citation("United States v. Rauscher", "119 U.S. 407 (1886)", Authority.Confirmed)]
[Citation(Sources.JusticeManual, "9-15.500 (specialty)", Authority.Confirmed)]
[EffectiveFrom("1948-09-01")]
internal sealed class SpecialtyRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        TreatyStatus treaty = default!;
        CaseSummary summary = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).SecretaryDecision == SecretaryDecision.SurrenderOrdered || UsFacts.Proc(u).SecretaryDecision == SecretaryDecision.SurrenderOrderedWithConditions || UsFacts.Proc(u).SurrenderedOn != null)
            .Match(() => treaty)
            .Match(() => summary);

        Then()
            .Yield(ctx => ctx.Note(
                $"Under the rule of specialty the person may be tried in {treaty.Name} only for the surrendered charges ({summary.SurrenderedIds}), or as the treaty allows, until they have had a chance to leave.",
                us, summary));
    }
}
