namespace PolicyRules.Rules.Interpol.DataQuality;

[Name("INT-0205")]
[Description("The warrant (where an arrest is sought), charges, penal provisions, penalties and a summary of the person's own acts with time and place are all supplied.")]
[Citation(Sources.Rpd, "Art. 83(2)(b)(i)-(v)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 84", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 99(2)(a)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Channels: the judicial data belong to the wanted-person channels (a Red Notice, Art. 83(2)(b); a wanted-person diffusion, Art. 99(2)(a)); a Blue or Yellow notice, a Blue diffusion, a message or an SLTD record needs none, so the rule is silent on them.")]
[Addresses(Elements.JudicialData)]
internal sealed class JudicialDataCompleteRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        IEnumerable<WarrantAdequate> warrants = default!;

        When()
            .Match(() => request, r => Channels.WantedPerson(r.Kind), r => r.SummaryOfFacts != null && r.SummaryOfFacts.SupportsCharges == true)
            .Exists<JudicialDataComplete>()
            .Exists<FactsComplete>()
            .Query(() => warrants, q => q.Match<WarrantAdequate>().Collect())
            .Having(() => warrants.Any() || (request.Kind == RequestKind.Diffusion && !JudicialData.ArrestPurpose(request.Purpose) && JudicialData.DiffusionPurpose(request.Purpose)));

        Then()
            .Yield(ctx => ctx.Allow(
                warrants.Any()
                    ? $"Warrant {request.ArrestWarrant!.Reference} ({(request.ArrestWarrant.IssuingAuthorityType == null ? "issuing authority not stated" : Words.Of(request.ArrestWarrant.IssuingAuthorityType.Value))}, {Words.Date(request.ArrestWarrant.Date)}), charges, penal provisions, penalties and a summary of the person's own acts with time and place are all supplied."
                    : "Charges, penal provisions, penalties and a summary of the person's own acts with time and place are supplied; a diffusion that seeks no arrest needs no warrant.",
                request));
    }
}
