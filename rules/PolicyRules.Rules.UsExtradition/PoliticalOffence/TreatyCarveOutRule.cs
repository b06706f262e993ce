namespace PolicyRules.Rules.UsExtradition.PoliticalOffence;

[Name("USX-0307")]
[Description("The treaty removes violent crimes or convention offences from the political-offence exception, so it is not available for the charge.")]
[Citation("U.S.-U.K. Supplementary Extradition Treaty (1985)", "violent offences excluded from the exception", Authority.Confirmed)]
[Citation("U.S.-U.K. Extradition Treaty (2003)", "Art. 4(2) (list of excluded offences)", Authority.Unconfirmed)]
[Citation("U.S.-India Extradition Treaty (1997)", "Art. 4(2)", Authority.Confirmed)]
[Citation("U.S.-Switzerland Extradition Treaty (1990)", "Treaty Doc. 104-9", Authority.Confirmed)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
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
