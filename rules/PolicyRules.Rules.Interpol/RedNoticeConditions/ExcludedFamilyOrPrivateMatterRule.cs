namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0122")]
[Description("A Red Notice charge that relates to a family or private matter is excluded.")]
[Citation(Sources.Rpd, "Art. 83(1)(a)(i)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("The classification is the analyst's (open question Q3); the rule applies confirmed law to it. When another charge qualifies, this charge is carved out by INT-0112 instead; a recorded particular-importance exception sends the case to review (INT-0130).")]
[Remarks("The 2022 General Secretariat policy on parental abduction with conflicting custody rulings (reported only by secondary sources) is one basis an analyst may use for this class.")]
[Addresses(Elements.OrdinaryLawCrime)]
internal sealed class ExcludedFamilyOrPrivateMatterRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        ExclusionApplies exclusion = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice, r => !Exceptions.ParticularImportance(r))
            .Match(() => exclusion, e => e.Class == ExclusionClass.FamilyPrivate)
            .Not<ChargeQualifies>();

        Then()
            .Yield(ctx => ctx.Deny(
                $"{Words.Charge(exclusion.Charge)} relates to a family or private matter and cannot support a Red Notice (RPD Art. 83(1)(a)(i)).",
                exclusion.Charge));
    }
}
