namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0831")]
[Description("Derives factor 34(3)(g), the general context: campaign lists, pressure on relatives, return attempts, removal deals, changes of government, coups, elections, and reported statements or campaigns not established by a binding source (spec 2.1).")]
[Citation(Sources.Rpd, "Art. 34(3)(g)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§3.5 scenario B", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§3.1 para 3", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§2.1.5 para 32(e)", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Remarks("An attributable statement that notices replace extradition, and a persecution campaign found by a court or international body, produce no factor: INT-0104 and INT-0507 decide them, so one fact is never counted twice.")]
[Priority(1)]
internal sealed class GeneralContextFactorRule : PolicyRule
{
    public override void Define()
    {
        ContextIndicator indicator = default!;

        When()
            .Match(() => indicator, i => i.ConcernsThisPerson, i => Factors.IsGeneralContext(i));

        Then()
            .Yield(_ => new PredominanceFactor('g', FactorDirection.TowardsPolitical, true, Factors.GeneralContextText(indicator), indicator));
    }
}
