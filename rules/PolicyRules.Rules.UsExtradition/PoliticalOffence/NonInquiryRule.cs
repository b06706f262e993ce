namespace PolicyRules.Rules.UsExtradition.PoliticalOffence;

[Name("USX-0309")]
[Description("Rule of non-inquiry: claims about the requesting state's justice system or treatment after surrender go to the Secretary of State.")]
[Citation("Ahmad v. Wigen", "910 F.2d 1063 (2d Cir. 1990)", Authority.Confirmed)]
[Citation("Gallina v. Fraser", "278 F.2d 77 (2d Cir. 1960)", Authority.Confirmed)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
[Remarks("The Gallina dictum (procedures antipathetic to a federal court's sense of decency) is a possible limit; it is left to the reviewer because it has never clearly been applied [U].")]
internal sealed class NonInquiryRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        TreatyStatus treaty = default!;
        UsSituation us = default!;

        When()
            .Match(() => basis, b => b.Kind != BasisKind.None)
            .Match(() => treaty)
            .Match(() => us, u => UsFacts.Claims(u).UnfairJusticeSystem || UsFacts.Claims(u).MistreatmentAfterSurrender);

        Then()
            .Yield(ctx => ctx.Review(
                $"Claims about the fairness of the justice system of {treaty.Name} or about treatment after surrender are not examined by the extradition court (rule of non-inquiry); they go to the Secretary of State.",
                us));
    }
}
