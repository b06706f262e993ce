namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0828")]
[Description("Derives factor 34(3)(d): a member country granted the person refugee status against the requesting country (spec 2.1).")]
[Citation(Sources.Rpd, "Art. 34(3)(d)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.RefugeeResolution, "GA-2017-86-RES-09", Authority.Confirmed, Url = Sources.RefugeeResolutionUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Remarks("This factor applies from the RPD's entry into force, so that before the refugee policy (2015-02-01) a confirmed grant still routes the case to review.")]
[Priority(1)]
internal sealed class RefugeeGrantFactorRule : PolicyRule
{
    public override void Define()
    {
        RefugeeProtectedAgainstRequester protection = default!;
        Person person = default!;

        When()
            .Match(() => protection)
            .Match(() => person);

        Then()
            .Yield(_ => new PredominanceFactor('d', FactorDirection.TowardsPolitical, true,
                "a member country granted the person refugee status against the requesting country", person));
    }
}
