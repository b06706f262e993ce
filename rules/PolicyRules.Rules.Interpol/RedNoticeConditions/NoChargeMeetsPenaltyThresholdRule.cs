namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0111")]
[Description("A Red Notice is refused when every charge states its penalty and none meets the threshold of RPD Art. 83(1)(a)(ii).")]
[Citation(Sources.Rpd, "Art. 83(1)(a)(ii)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 83(1)(c)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Missing penalty data are refused under INT-0203, not here. The exception of RPD Art. 83(1)(b) lifts this finding only when the General Secretariat recorded it after consulting the requester; INT-0130 then sends the case to review.")]
[Addresses(Elements.Penalty)]
internal sealed class NoChargeMeetsPenaltyThresholdRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        IEnumerable<Charge> charges = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice, r => !Exceptions.ParticularImportance(r))
            .Query(() => charges, q => q.Match<Charge>().Collect())
            .Having(() => charges.Any())
            .Not<PenaltyStatus>(p => !p.Known)
            .Not<PenaltyStatus>(p => p.Meets);

        Then()
            .Yield(ctx => ctx.Deny(
                $"No charge meets the threshold of RPD Art. 83(1)(a)(ii): {Words.List(charges.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => $"charge {c.Id} ({Words.Of(c.Category)}) carries {Taxonomy.PenaltyWords(c)}"))}.",
                request));
    }
}
