namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0436")]
[Description("An election offence is reviewed: Article 3 may apply where neutrality is affected, the act was a low-harm lawful protest, or the request may serve to sway elections.")]
[Citation(Sources.Rop, "§3.8", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("The Repository chapter on election crimes was read only in part; the rule therefore routes every election offence to a reviewer.")]
internal sealed class ElectionOffenceRule : PolicyRule
{
    public override void Define()
    {
        Charge charge = default!;

        When()
            .Match(() => charge, c => c.Category == OffenceCategory.ElectionOffence);

        Then()
            .Yield(ctx => ctx.Review(
                $"{Words.Charge(charge)} is an election offence; Article 3 may apply where neutrality is affected, the act was a low-harm lawful protest, or the request may serve to sway elections (Repository of Practice §3.8).",
                charge));
    }
}
