namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0104")]
[Description("A Red Notice is refused when the requesting state's own authorities, or a court, say notices are used instead of extradition for persons in this person's situation.")]
[Citation(Sources.Rpd, "Art. 82", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 84(b)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 81(3)(d)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("This finding outweighs a formal assurance: the purpose Allow of INT-0101 disappears. A statement reported only by media, an NGO or another state is not attributable to the requester and becomes a general-context factor (INT-0457) instead.")]
[Addresses(Elements.Purpose)]
internal sealed class StatedSubstituteForExtraditionRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        AttributableSubstitution statement = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice)
            .Match(() => statement);

        Then()
            .Yield(ctx => ctx.Deny(
                $"A statement from {(statement.Indicator.Source == EvidenceSource.CourtFinding ? "a court" : "the requesting state's own authorities")} ({Words.Detail(statement.Indicator.Detail)}) says notices are used instead of extradition for persons in this person's situation, so arrest with a view to extradition, surrender or similar lawful action is not actually pursued.",
                request, statement.Indicator));
    }
}
