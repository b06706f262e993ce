namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0813")]
[Description("Marks a Red Notice whose stated purpose is defeated by a missing extradition assurance or by inaction after location (spec D12).")]
[Citation(Sources.Rpd, "Art. 84(b)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 81(3)(d)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 87(b)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Priority(1)]
internal sealed class PurposeDefeatedByConductRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice, r => Purpose.AssuranceRefused(r) || Purpose.LocatedWithoutSteps(r));

        Then()
            .Yield(_ => new PurposeDefeated(Purpose.AssuranceRefused(request) ? "no extradition assurance" : "no steps after location"));
    }
}
