namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0102")]
[Description("A Red Notice may only seek arrest with a view to extradition, surrender or similar lawful action.")]
[Citation(Sources.Rpd, "Art. 82", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 78", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 99(3)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Addresses(Elements.Purpose)]
internal sealed class RedNoticePurposeNotArrestRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice, r => r.Purpose != null, r => !JudicialData.ArrestPurpose(r.Purpose));

        Then()
            .Yield(ctx => ctx.Deny(
                $"A Red Notice may only seek arrest with a view to extradition, surrender or similar lawful action; this request seeks {Words.Of(request.Purpose!.Value)}, for which another notice type or a diffusion may fit (RPD Art. 78).",
                request));
    }
}
