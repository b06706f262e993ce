namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0111")]
[Description("A Red Notice is refused when every charge states its penalty and none meets the threshold of RPD Art. 83(1)(a)(ii).")]
[Citation(Sources.Rpd, "Art. 83(1)(a)(ii)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 83(1)(c)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
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
