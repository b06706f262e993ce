namespace PolicyRules.Rules.Interpol.DataQuality;

[Name("INT-0202")]
[Description("A Red Notice warrant must come from an authority with the power to issue it and, if not judicial, be open to appeal to a judicial authority.")]
[Citation(Sources.Rpd, "Art. 84(a)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 84(c)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Unknown is not absent: when the case does not say whether the issuer had the power, what kind of body it is, or (for a non-judicial issuer) whether a judicial appeal lies, the rule asks instead of deciding.")]
[Addresses(Elements.JudicialData)]
internal sealed class WarrantAuthorityInadequateRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice, r => r.ArrestWarrant != null,
                r => Questions.IssuerDefectStated(r.ArrestWarrant!) || Questions.IssuerUnknown(r.ArrestWarrant!));

        Then()
            .Yield(ctx => Questions.IssuerDefectStated(request.ArrestWarrant!)
                ? ctx.Deny(
                    $"The warrant was issued by {(request.ArrestWarrant!.IssuingAuthorityType == null ? "an unstated authority" : "a " + Words.Of(request.ArrestWarrant.IssuingAuthorityType.Value))}, which {(request.ArrestWarrant.IssuerCompetent == false ? "lacks the power to issue it (RPD Art. 84(a))" : "is not a judicial authority, and no appeal to a judicial authority is available (RPD Art. 84(c))")}.",
                    request, request.ArrestWarrant)
                : ctx.Ask(
                    Questions.Issuer(request.ArrestWarrant!),
                    "The case does not say enough about who issued the warrant to apply RPD Art. 84(a) and (c) (the issuer's power, its kind, or a judicial appeal); this must be asked, not assumed.",
                    request, request.ArrestWarrant!));
    }
}
