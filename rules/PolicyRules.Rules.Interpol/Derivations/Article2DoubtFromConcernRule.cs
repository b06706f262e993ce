namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0833")]
[Description("Derives a human-rights doubt from a concern that is reported but not found, a death-penalty concern, or an unremedied finding of excessive detention or another violation (spec INT-0506 (a)-(c)).")]
[Citation(Sources.Constitution, "Art. 2(1)", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rop, "§2.1.5 para 32(d)", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Priority(1)]
internal sealed class Article2DoubtFromConcernRule : PolicyRule
{
    public override void Define()
    {
        Article2Concern concern = default!;

        When()
            .Match(() => concern, c => HumanRights.NeedsReview(c));

        Then()
            .Yield(_ => new Article2Doubt(HumanRights.Describe(concern), concern));
    }
}
