namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0815")]
[Description("Marks a statement, by the requesting state's authorities or found by a court, that notices are used instead of extradition for persons in this person's situation (spec D13).")]
[Citation(Sources.Rpd, "Art. 82", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§2.1.5 para 32(c)", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Remarks("Decides open question Q7: only a source that binds the requester or comes from it (its own authorities, or a court) can decide a case. The same statement reported by media, an NGO or another state becomes a general-context factor instead.")]
[Priority(1)]
internal sealed class AttributableSubstitutionRule : PolicyRule
{
    public override void Define()
    {
        ContextIndicator indicator = default!;

        When()
            .Match(() => indicator,
                i => i.Kind == ContextKind.StatedSubstituteForExtradition,
                i => i.ConcernsThisPerson,
                i => i.Source == EvidenceSource.RequesterOfficial || i.Source == EvidenceSource.CourtFinding);

        Then()
            .Yield(_ => new AttributableSubstitution(indicator));
    }
}
