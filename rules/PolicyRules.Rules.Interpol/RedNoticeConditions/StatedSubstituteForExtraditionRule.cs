namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0104")]
[Description("A statement by the requesting state's own authorities, or a court, that notices are used instead of extradition for persons in this person's situation sends a Red Notice to the General Secretariat on its purpose.")]
[Citation(Sources.Rpd, "Art. 82", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 84(b)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("This finding outweighs a formal assurance: the purpose Allow of INT-0101 disappears. A statement reported only by media, an NGO or another state is not attributable to the requester and becomes a general-context factor (INT-0457) instead.")]
[Remarks("Legal review 2026-12-03, row INT-0104: RPD Arts 82 and 84(b) leave the purpose question to the General Secretariat (and the CCF on a complaint), so the rule reviews (it was Deny). A statement that concerns one state with which the requester has no treaty does not bar a notice circulated to all members (INT-0210's remark). Art. 81(3)(d) (inaction after the person is located) is not on point and is no longer cited here; INT-0105 applies it.")]
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
            .Yield(ctx => ctx.Review(
                $"A statement from {(statement.Indicator.Source == EvidenceSource.CourtFinding ? "a court" : "the requesting state's own authorities")} ({Words.Detail(statement.Indicator.Detail)}) says notices are used instead of extradition for persons in this person's situation; whether this request still seeks arrest with a view to extradition, surrender or similar lawful action (RPD Arts 82, 84(b)) is for the General Secretariat to decide.",
                request, statement.Indicator));
    }
}
