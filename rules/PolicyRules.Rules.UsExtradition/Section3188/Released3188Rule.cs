namespace PolicyRules.Rules.UsExtradition.Section3188;

[Name("USX-0417")]
[Description("The person was discharged under 18 U.S.C. 3188: no surrender on that commitment.")]
[Citation(Sources.UsCode18, "§ 3188", Authority.Confirmed, Url = Sources.S3188)]
[Citation("McNabb Associates commentary", "a 3188 discharge does not bar later proceedings", Authority.Secondary)]
[EffectiveFrom("1948-09-01")]
internal sealed class Released3188Rule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).DischargeReason == DischargeReason.Section3188);

        Then()
            .Yield(ctx => ctx.Deny(
                $"The person was discharged under 18 U.S.C. 3188 on {UsFacts.Iso(UsFacts.Proc(us).DischargedOn)}; there can be no surrender on that commitment, though a secondary source says later proceedings are not barred.",
                us));
    }
}
