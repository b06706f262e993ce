namespace PolicyRules.Rules.UsExtradition.Torture;

[Name("USX-0316")]
[Description("A torture claim goes to the Secretary of State's review under the Convention Against Torture (22 C.F.R. Part 95).")]
[Citation(Sources.Cfr22, "§ 95.2-95.3 (64 FR 9435, 26 Feb 1999)", Authority.Confirmed, Url = Sources.Cfr95)]
[Citation("FARR Act", "§ 2242", Authority.Confirmed)]
[EffectiveFrom("1999-02-26")]
[Remarks("Open question Q5: the review is a Review everywhere; the input carries no evidence threshold because the Secretary decides. USX-0317 adds what a court may do afterwards by circuit.")]
internal sealed class TortureClaimRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        UsSituation us = default!;

        When()
            .Match(() => basis, b => b.Kind != BasisKind.None)
            .Match(() => us, u => UsFacts.Claims(u).Torture && UsFacts.Proc(u).SurrenderedOn == null);

        Then()
            .Yield(ctx => ctx.Review(
                "Torture is alleged; the Secretary of State must decide whether torture is more likely than not, and may surrender, deny surrender or surrender on conditions.",
                us));
    }
}
