namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0102")]
[Description("A Red Notice may only seek arrest with a view to extradition, surrender or similar lawful action.")]
[Citation(Sources.Rpd, "Art. 82", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 78", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 99(3)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
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
