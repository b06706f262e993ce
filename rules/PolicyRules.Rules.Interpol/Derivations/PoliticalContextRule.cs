namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0818")]
[Description("Marks a case where at least one predominance factor opens the test towards a political character (spec D15).")]
[Citation(Sources.Rpd, "Art. 34(3)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§2.2.3 para 55", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Remarks("Decides open question Q1: only the opening indicators of the factor table start the predominance test. A status alone (for example former official) or a requester's general record does not, because the Repository says such elements are not decisive on their own.")]
[Priority(1)]
internal sealed class PoliticalContextRule : PolicyRule
{
    public override void Define()
    {
        Evaluation evaluation = default!;

        When()
            .Match(() => evaluation)
            .Exists<PredominanceFactor>(f => f.OpensTest && f.Direction == FactorDirection.TowardsPolitical);

        Then()
            .Yield(_ => new PoliticalContext(1));
    }
}
