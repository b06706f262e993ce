namespace PolicyRules.Rules.Interpol.DataQuality;

[Name("INT-0212")]
[Description("A Red Notice is published only when the request gives sufficient identifiers: name, sex and date of birth with a physical description, DNA profile, fingerprints or identity-document data; or a good-quality photograph with other data.")]
[Citation(Sources.Rpd, "Art. 83(2)(a)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("The legal review of 2026-12-03 found no identifiers requirement: a request naming nobody in particular could be allowed (namesake risk). The two combinations follow the 2025 text as the domain notes confirm it (RN-IDENT): the photograph is a route of its own, not an add-on to the first. Decided where the text is open: its list of the photograph's additional data begins \"such as\", so any other identifier counts beside the photograph.")]
[Remarks("Unknown is not absent: with no `identifiers` in the case the rule asks which data the request gives. Stating `identifiers.given` means the request's identification data were read, so a kind not listed is known not to be given, and the rule refuses when neither combination is met. The RPD Art. 83(1)(b) exception does not reach the minimum data of Art. 83(2), so no exception is declared.")]
[Addresses(Elements.Identifiers)]
internal sealed class InsufficientIdentifiersRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice, r => r.Identifiers == null || !Identification.Sufficient(r.Identifiers));

        Then()
            .Yield(ctx => request.Identifiers != null
                ? ctx.Deny(
                    $"The request gives {Identification.Given(request.Identifiers)} to identify the person, which meets neither combination of sufficient identifiers ({Identification.Missing(request.Identifiers)}); a Red Notice cannot be published, since it could point at a namesake.",
                    request)
                : ctx.Ask(
                    Questions.Identifiers(),
                    "The case does not say which data the request gives to identify the person; a Red Notice needs sufficient identifiers, so this must be asked, not assumed.",
                    request));
    }
}
