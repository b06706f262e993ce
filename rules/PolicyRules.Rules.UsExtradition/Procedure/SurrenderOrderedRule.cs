namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0415")]
[Description("The Secretary of State ordered surrender: delivery to the requesting state's authorised agent is lawful.")]
[Citation(Sources.UsCode18, "§ 3186", Authority.Confirmed, Url = Sources.S3186)]
[Citation(Sources.Cfr22, "§ 95.3(b)", Authority.Confirmed, Url = Sources.Cfr95)]
[EffectiveFrom("1948-09-01")]
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
