namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0820")]
[Description("Records that some INTERPOL rule refused the request (spec D18).")]
[Citation(Sources.Rpd, "Art. 86", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
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
