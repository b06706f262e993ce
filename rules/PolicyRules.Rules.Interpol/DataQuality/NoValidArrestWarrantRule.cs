namespace PolicyRules.Rules.Interpol.DataQuality;

[Name("INT-0201")]
[Description("A Red Notice needs a reference to a valid arrest warrant or a judicial decision having the same effect.")]
[Citation(Sources.Rpd, "Art. 83(2)(b)(v)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§1 para 9", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
internal sealed class NoValidArrestWarrantRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice,
                r => r.ArrestWarrant == null || string.IsNullOrWhiteSpace(r.ArrestWarrant.Reference) || r.ArrestWarrant.Valid == false);

        Then()
            .Yield(ctx => ctx.Deny(
                $"No reference to a valid arrest warrant or judicial decision having the same effect was supplied (reference: {(request.ArrestWarrant == null || string.IsNullOrWhiteSpace(request.ArrestWarrant.Reference) ? "none" : request.ArrestWarrant.Reference)}, valid: {Words.YesNo(request.ArrestWarrant == null ? null : request.ArrestWarrant.Valid)}); a Red Notice cannot be published without one.",
                request));
    }
}
