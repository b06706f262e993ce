namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0833")]
[Description("Derives a human-rights doubt from a concern that is reported but not found, a death-penalty concern, or an unremedied finding of excessive detention or another violation (spec INT-0506 (a)-(c)).")]
[Citation(Sources.Constitution, "Art. 2(1)", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rop, "§2.1.5 para 32(d)", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
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
