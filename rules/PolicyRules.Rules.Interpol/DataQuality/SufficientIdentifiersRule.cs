namespace PolicyRules.Rules.Interpol.DataQuality;

[Name("INT-0213")]
[Description("The request gives sufficient identifiers for a Red Notice.")]
[Citation(Sources.Rpd, "Art. 83(2)(a)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("The affirmative side of INT-0212: it addresses the identifiers element, so a compliant outcome rests on a stated finding and INT-0902 has nothing to send to review. The same combinations decide both rules (`Identification.Sufficient`).")]
[Addresses(Elements.Identifiers)]
internal sealed class SufficientIdentifiersRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice, r => r.Identifiers != null && Identification.Sufficient(r.Identifiers));

        Then()
            .Yield(ctx => ctx.Allow(
                $"The request identifies the person by {Identification.Given(request.Identifiers!)}: {(Identification.CoreRouteMet(request.Identifiers!) ? "the first combination of sufficient identifiers for a Red Notice (name, sex and date of birth with a further identifier)" : "the second combination of sufficient identifiers for a Red Notice (a good-quality photograph with other data)")}.",
                request));
    }
}
