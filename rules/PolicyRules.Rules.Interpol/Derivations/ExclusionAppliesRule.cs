namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0806")]
[Description("Marks a charge an analyst classified in a category RPD Art. 83(1)(a)(i) excludes from Red Notices (spec D6).")]
[Citation(Sources.Rpd, "Art. 83(1)(a)(i)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Priority(1)]
internal sealed class ExclusionAppliesRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        Charge charge = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice)
            .Match(() => charge, c => c.ExclusionClass == ExclusionClass.BehaviouralCulturalNorms || c.ExclusionClass == ExclusionClass.FamilyPrivate
                || ((c.ExclusionClass == ExclusionClass.AdministrativeViolation || c.ExclusionClass == ExclusionClass.PrivateDispute) && !c.Conduct.LinkedToSeriousOrOrganisedCrime));

        Then()
            .Yield(_ => new ExclusionApplies(charge, charge.ExclusionClass));
    }
}
