namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0819")]
[Description("Records which required element of the request (purpose, ordinary-law crime, penalty, judicial data, identifiers for a Red Notice, interest) an INTERPOL finding has addressed (spec D18).")]
[Citation(Sources.Rpd, "Arts 82-83", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 97(1)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Priority(1)]
internal sealed class ElementAddressedRule : PolicyRule
{
    public override void Define()
    {
        Finding finding = default!;

        When()
            .Match(() => finding, f => f.RuleSet == "interpol", f => f.Effect != Effect.Note, f => Elements.Of(f.RuleId) != null);

        Then()
            .Yield(_ => new ElementAddressed(Elements.Of(finding.RuleId)!, finding.RuleId));
    }
}
