namespace PolicyRules.Rules.Interpol.Predominance;

[Name("INT-0457")]
[Description("Reports predominance factor RPD Art. 34(3)(g), general context, and which way it points, whenever the predominance test is open.")]
[Citation(Sources.Rpd, "Art. 34(3)(g)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§2.2.3 para 55", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§3.5 scenario B", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§3.1 para 3", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§2.1.5 para 32(e)", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§2.3 paras 59-62", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: RPD Art. 34, in force 1 July 2012 [C] and amended by AG-2014-RES-18 in 2014 (what changed is not encoded [U]); the predominance approach itself dates from AGN/20/RES/11 (1951) [C] and is applied from 1956 by INT-0901.")]
[Remarks("Factors carry no weights (open question Q1): each appears as its own note with its direction, and INT-0901 lists them all for the reviewer. A clean case, where nothing opens the test, shows no factor notes.")]
internal sealed class GeneralContextFactorRule : PolicyRule
{
    public override void Define()
    {
        PredominanceFactor factor = default!;

        When()
            .Match(() => factor, f => f.Letter == 'g')
            .Exists<PoliticalContext>();

        Then()
            .Yield(ctx => ctx.Note(
                $"Predominance factor 34(3)(g), general context: {factor.Indicator}; {Factors.Points(factor)}.",
                factor.Subject));
    }
}
