namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0824")]
[Description("Derives factor 34(3)(b) that counts but does not open the test: the person is a politician, former or sitting official, member of the armed forces, or of an ethnic or religious minority (spec 2.1).")]
[Citation(Sources.Rpd, "Art. 34(3)(b)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§3.1", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§2.1.5 para 32(e)", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Remarks("Decides open question Q10 on sensitive data: ethnic and religious minority status is read only here, by INT-0507 and by INT-0415, to protect the person, never as a reason to deny cooperation.")]
[Priority(1)]
internal sealed class OtherStatusFactorRule : PolicyRule
{
    public override void Define()
    {
        Person person = default!;

        When()
            .Match(() => person, p => p.Statuses.Any(s => Factors.OtherStatuses.Contains(s)));

        Then()
            .Yield(_ => new PredominanceFactor('b', FactorDirection.TowardsPolitical, false,
                $"the person is {Factors.Statuses(person.Statuses.Where(s => Factors.OtherStatuses.Contains(s)))}",
                person));
    }
}
