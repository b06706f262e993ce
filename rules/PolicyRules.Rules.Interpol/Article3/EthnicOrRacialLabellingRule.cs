namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0415")]
[Description("A request that labels the person by race or ethnic origin without particular criminalistic value is reviewed until the wording is removed or justified.")]
[Citation(Sources.Rop, "§3.11 scenario C", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rpd, "Arts 1(18), 42", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§2.1.5 para 33(c)", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("A curable defect (Repository §2.1.5 para 33(c)), hence review rather than refusal.")]
internal sealed class EthnicOrRacialLabellingRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.SensitiveLabels != null, r => r.SensitiveLabels!.EthnicOrRacialLabelsPresent, r => !r.SensitiveLabels!.CriminalisticValue);

        Then()
            .Yield(ctx => ctx.Review(
                "The request labels the person by race or ethnic origin without particular criminalistic value; the wording must be removed or justified before processing.",
                request, request.SensitiveLabels!));
    }
}
