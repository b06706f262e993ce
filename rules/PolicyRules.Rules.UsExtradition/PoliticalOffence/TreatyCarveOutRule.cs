namespace PolicyRules.Rules.UsExtradition.PoliticalOffence;

[Name("USX-0307")]
[Description("The treaty removes violent crimes or convention offences from the political-offence exception, so it is not available for the charge.")]
[Citation("U.S.-U.K. Supplementary Extradition Treaty (1985)", "violent offences excluded from the exception", Authority.Confirmed)]
[Citation("U.S.-U.K. Extradition Treaty (2003)", "Art. 4(2) (list of excluded offences)", Authority.Unconfirmed)]
[Citation("U.S.-India Extradition Treaty (1997)", "Art. 4(2)", Authority.Confirmed)]
[Citation("U.S.-Switzerland Extradition Treaty (1990)", "Treaty Doc. 104-9", Authority.Confirmed)]
[EffectiveFrom("1948-09-01")]
internal sealed class TreatyCarveOutRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        TreatyStatus treaty = default!;
        Charge charge = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.Treaty)
            .Match(() => treaty)
            .Match(() => charge, c => UsFacts.IncidentToUprising(c), c => UsFacts.CarveOut(c, treaty) != null);

        Then()
            .Yield(ctx => ctx.Note(
                $"The treaty with {treaty.Name} removes {UsFacts.CarveOut(charge, treaty)} from the political-offence exception, so the exception is not available for charge {charge.Id}.",
                charge, treaty));
    }
}
