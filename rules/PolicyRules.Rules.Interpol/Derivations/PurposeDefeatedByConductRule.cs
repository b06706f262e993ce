namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0813")]
[Description("Marks a Red Notice whose stated purpose is defeated by a missing extradition assurance or by inaction after location (spec D12).")]
[Citation(Sources.Rpd, "Art. 84(b)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 81(3)(d)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 87(b)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
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
