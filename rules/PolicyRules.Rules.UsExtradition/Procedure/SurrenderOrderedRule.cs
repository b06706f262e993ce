namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0415")]
[Description("The Secretary of State ordered surrender: delivery to the requesting state's authorised agent is lawful.")]
[Citation(Sources.UsCode18, "§ 3186", Authority.Confirmed, Url = Sources.S3186)]
[Citation(Sources.Cfr22, "§ 95.3(b)", Authority.Confirmed, Url = Sources.Cfr95)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
internal sealed class SurrenderOrderedRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => us, u => (UsFacts.Proc(u).SecretaryDecision == SecretaryDecision.SurrenderOrdered || UsFacts.Proc(u).SecretaryDecision == SecretaryDecision.SurrenderOrderedWithConditions) && UsFacts.Proc(u).DischargedOn == null)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Allow(
                $"The Secretary of State ordered surrender{(UsFacts.Proc(us).SecretaryDecision == SecretaryDecision.SurrenderOrderedWithConditions ? " on conditions" : "")} on {UsFacts.Iso(UsFacts.Proc(us).SecretaryDecisionOn)}; delivering the person to the authorised agent of {treaty.Name} is lawful.",
                us, treaty));
    }
}
