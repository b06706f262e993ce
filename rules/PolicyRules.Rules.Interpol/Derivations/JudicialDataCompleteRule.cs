namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0811")]
[Description("Marks a request whose every charge states its penal provision and its penalty (spec D10).")]
[Citation(Sources.Rpd, "Art. 83(2)(b)(ii)-(iv)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Priority(1)]
internal sealed class JudicialDataCompleteRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request)
            .Exists<Charge>()
            .Not<Charge>(c => string.IsNullOrWhiteSpace(c.Provision))
            .Not<PenaltyStatus>(p => !p.Known);

        Then()
            .Yield(_ => new JudicialDataComplete(request));
    }
}
