namespace PolicyRules.Rules.Interpol.DataQuality;

[Name("INT-0207")]
[Description("A diffusion lacking a warrant for an arrest purpose, the charge, law or penalty, or the person's own acts, time or place, is reviewed.")]
[Citation(Sources.Rpd, "Art. 99(2)(a)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 97(2)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Decides open question Q8: Art. 83(2) does not formally apply to diffusions, so gaps lead to review rather than refusal.")]
[Addresses(Elements.JudicialData)]
internal sealed class DiffusionDataGapsRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        IEnumerable<JudicialDataComplete> judicial = default!;
        IEnumerable<FactsComplete> facts = default!;
        IEnumerable<WarrantAdequate> warrants = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.Diffusion)
            .Query(() => judicial, q => q.Match<JudicialDataComplete>().Collect())
            .Query(() => facts, q => q.Match<FactsComplete>().Collect())
            .Query(() => warrants, q => q.Match<WarrantAdequate>().Collect())
            .Having(() => !judicial.Any() || !facts.Any() || (JudicialData.ArrestPurpose(request.Purpose) && !warrants.Any()));

        Then()
            .Yield(ctx => ctx.Review(
                $"The diffusion lacks {Words.List(new[] { JudicialData.ArrestPurpose(request.Purpose) && !warrants.Any() ? "a valid warrant from a competent authority for the arrest it seeks" : null, !judicial.Any() ? "a charge's penal provision or penalty" : null, !facts.Any() ? "a description of the person's own acts, time or place" : null }.OfType<string>())}; diffusions are reviewed after circulation for quality and lawfulness (RPD Art. 99(2)(a)).",
                request));
    }
}
