namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0820")]
[Description("Records that some INTERPOL rule refused the request (spec D18).")]
[Citation(Sources.Rpd, "Art. 86", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Priority(1)]
internal sealed class AnyDenyRule : PolicyRule
{
    public override void Define()
    {
        Finding finding = default!;

        When()
            .Match(() => finding, f => f.RuleSet == "interpol", f => f.Effect == Effect.Deny);

        Then()
            .Yield(_ => new AnyDeny(finding.RuleId));
    }
}
