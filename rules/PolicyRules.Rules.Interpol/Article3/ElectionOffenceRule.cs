namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0436")]
[Description("An election offence is reviewed: Article 3 may apply where neutrality is affected, the act was a low-harm lawful protest, or the request may serve to sway elections.")]
[Citation(Sources.Rop, "§3.8", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
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
