namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0415")]
[Description("A request that labels the person by race or ethnic origin without particular criminalistic value is reviewed until the wording is removed or justified.")]
[Citation(Sources.Rop, "§3.11 scenario C", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rpd, "Arts 1(18), 42", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§2.1.5 para 33(c)", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
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
