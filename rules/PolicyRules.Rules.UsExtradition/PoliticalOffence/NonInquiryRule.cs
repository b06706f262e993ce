namespace PolicyRules.Rules.UsExtradition.PoliticalOffence;

[Name("USX-0309")]
[Description("Rule of non-inquiry: claims about the requesting state's justice system or treatment after surrender go to the Secretary of State.")]
[Citation("Ahmad v. Wigen", "910 F.2d 1063 (2d Cir. 1990)", Authority.Confirmed)]
[Citation("Gallina v. Fraser", "278 F.2d 77 (2d Cir. 1960)", Authority.Confirmed)]
[EffectiveFrom("1948-09-01")]
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
