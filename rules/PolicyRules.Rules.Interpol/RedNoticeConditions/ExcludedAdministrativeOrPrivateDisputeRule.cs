namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0123")]
[Description("A Red Notice charge arising from an administrative violation or a private dispute is excluded unless it facilitates a serious crime or is linked to organised crime.")]
[Citation(Sources.Rpd, "Art. 83(1)(a)(i)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("The proviso is a real exception: with a link to serious or organised crime the exclusion is not derived, this finding does not appear, and INT-0120 affirms the charge.")]
[Addresses(Elements.OrdinaryLawCrime)]
internal sealed class ExcludedAdministrativeOrPrivateDisputeRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        ExclusionApplies exclusion = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice, r => !Exceptions.ParticularImportance(r))
            .Match(() => exclusion, e => e.Class == ExclusionClass.AdministrativeViolation || e.Class == ExclusionClass.PrivateDispute)
            .Not<ChargeQualifies>();

        Then()
            .Yield(ctx => ctx.Deny(
                $"{Words.Charge(exclusion.Charge)} arises from {(exclusion.Class == ExclusionClass.PrivateDispute ? "a private dispute" : "an administrative violation")} with no facts showing it facilitates a serious crime or is linked to organised crime (RPD Art. 83(1)(a)(i)).",
                exclusion.Charge));
    }
}
