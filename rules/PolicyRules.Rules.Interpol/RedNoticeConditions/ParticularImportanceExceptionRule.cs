namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0130")]
[Description("When the General Secretariat, after consulting the requester, records that publication is of particular importance despite failed penalty or ordinary-law criteria, the case goes to review.")]
[Citation(Sources.Rpd, "Art. 83(1)(b)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Decides open question Q4: the exception is human-only; the engine reads the recorded decision and answers review, never compliant. It covers only the criteria of Art. 83(1)(a)(i) and (ii); it never lifts interest, minimum data, Article 2, Article 3 or refugee findings. Without the consultation the exception is not valid and the refusals stay.")]
[Addresses(Elements.Penalty, Elements.OrdinaryLawCrime)]
internal sealed class ParticularImportanceExceptionRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        IEnumerable<PenaltyStatus> penalties = default!;
        IEnumerable<ExclusionApplies> exclusions = default!;
        IEnumerable<ChargeQualifies> qualifying = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice, r => Exceptions.ParticularImportance(r))
            .Query(() => penalties, q => q.Match<PenaltyStatus>().Collect())
            .Query(() => exclusions, q => q.Match<ExclusionApplies>().Collect())
            .Query(() => qualifying, q => q.Match<ChargeQualifies>().Collect())
            .Having(() => (penalties.Any() && penalties.All(p => p.Known && !p.Meets)) || (exclusions.Any() && !qualifying.Any()));

        Then()
            .Yield(ctx => ctx.Review(
                $"The General Secretariat has invoked RPD Art. 83(1)(b) after consulting the requester: publication despite {(penalties.Any() && penalties.All(p => p.Known && !p.Meets) ? "the unmet penalty threshold" : "the excluded category of the charges")} is a human decision on particular importance to international police cooperation.",
                request, request.GsException!));
    }
}
