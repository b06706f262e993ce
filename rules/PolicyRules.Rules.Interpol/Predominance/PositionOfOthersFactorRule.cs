namespace PolicyRules.Rules.Interpol.Predominance;

[Name("INT-0454")]
[Description("Reports predominance factor RPD Art. 34(3)(d), position of other countries and entities, and which way it points, whenever the predominance test is open.")]
[Citation(Sources.Rpd, "Art. 34(3)(d)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§2.2.3 para 55", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Ccf2019, "decision 2019-5", Authority.Confirmed, Url = Sources.Ccf2019Url)]
[Citation(Sources.RefugeeResolution, "GA-2017-86-RES-09", Authority.Confirmed, Url = Sources.RefugeeResolutionUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Factors carry no weights (open question Q1): each appears as its own note with its direction, and INT-0901 lists them all for the reviewer. A clean case, where nothing opens the test, shows no factor notes.")]
internal sealed class PositionOfOthersFactorRule : PolicyRule
{
    public override void Define()
    {
        PredominanceFactor factor = default!;

        When()
            .Match(() => factor, f => f.Letter == 'd')
            .Exists<PoliticalContext>();

        Then()
            .Yield(ctx => ctx.Note(
                $"Predominance factor 34(3)(d), position of other countries and entities: {factor.Indicator}; {Factors.Points(factor)}.",
                factor.Subject));
    }
}
