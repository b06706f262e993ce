namespace PolicyRules.Rules.Interpol.DataQuality;

[Name("INT-0206")]
[Description("A request is refused when the facts described do not match the charges or do not link the person to them; on a channel that needs no judicial data, facts that match the charges are affirmed here.")]
[Citation(Sources.Rop, "§3.13", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rpd, "Art. 12", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 99(2)(a)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Remarks("Legal review 2026-12-03, row INT-0206: Repository of Practice §3.13 para 3 says the source \"must be requested to provide clarifications\" and RPD Art. 78(1) lets an incomplete request be completed after consultation. The rule still refuses publication as the request stands (a notice cannot be published on facts that do not support its charges), and the reason now says the source is asked to clarify.")]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Unknown is not absent: when a summary of facts is given but nobody has said whether it supports the charges, the rule asks instead of refusing.")]
[Remarks("Channels: a wanted-person request is always held to its charges; another channel only when it states charges (a Yellow notice's summary describes a disappearance, an SLTD record's a document, and neither has charges to match). A channel other than the wanted-person ones that states charges but no summary of facts, and does not say it lacks one, is asked about the facts: for a Red Notice or wanted-person diffusion INT-0204 and INT-0207 ask instead. On those other channels, facts found to match the charges are affirmed by this rule (for a wanted-person channel INT-0205 affirms them with the rest of the judicial data), so a verdict that rests on them says so.")]
[Addresses(Elements.JudicialData)]
internal sealed class FactsDoNotSupportChargesRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        IEnumerable<Charge> charges = default!;

        When()
            .Match(() => request, r => (r.SummaryOfFacts != null && (r.SummaryOfFacts.SupportsCharges != true || !Channels.WantedPerson(r.Kind))) || Channels.SummaryUnknownOutsideWantedPerson(r))
            .Query(() => charges, q => q.Match<Charge>().Collect())
            .Having(() => charges.Any() || (Channels.WantedPerson(request.Kind) && request.SummaryOfFacts != null));

        Then()
            .Yield(ctx => request.SummaryOfFacts == null
                ? ctx.Ask(
                    new Question(
                        "Does the request describe facts that match the legal elements of the charges and link the person to them?",
                        new Answer("no", "$.request.summaryOfFacts", "{\"supportsCharges\":false}"),
                        new Answer("yes", "$.request.summaryOfFacts", "{\"supportsCharges\":true}")),
                    $"The case gives no summary of facts for the charges of this {Words.Kind(request.Kind)} ({Words.List(charges.Select(c => c.Id).Order(StringComparer.Ordinal))}); whether facts support them must be asked, not assumed (Repository of Practice §3.13).",
                    request)
                : request.SummaryOfFacts.SupportsCharges == true
                ? ctx.Allow(
                    $"The facts described match the charges ({Words.List(charges.Select(c => c.Id).Order(StringComparer.Ordinal))}) and link the person to them (Repository of Practice §3.13); {Words.KindWithArticle(request.Kind)} needs no further judicial data.",
                    request, request.SummaryOfFacts)
                : request.SummaryOfFacts.SupportsCharges == false
                ? ctx.Deny(
                    $"The facts described do not match the charges ({Words.List(charges.Select(c => c.Id).Order(StringComparer.Ordinal))}); charges must be supported by facts linking the person to them, so the request cannot be published as it stands and the source must be asked to clarify (Repository of Practice §3.13 para 3; RPD Art. 78(1)).",
                    request, request.SummaryOfFacts!)
                : ctx.Ask(
                    new Question(
                        "Do the facts described in the summary match the legal elements of the charges and link the person to them?",
                        new Answer("no", "$.request.summaryOfFacts.supportsCharges", "false"),
                        new Answer("yes", "$.request.summaryOfFacts.supportsCharges", "true")),
                    "The case does not say whether the summary of facts supports the charges (an analyst's finding); this must be asked, not assumed.",
                    request, request.SummaryOfFacts!));
    }
}
