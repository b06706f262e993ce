namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0401")]
[Description("A political offence whose facts allege violence, an attempt on the life of a head of state, or hate speech or incitement is weighed case by case.")]
[Citation(Sources.Constitution, "Art. 3", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Neutrality, "AGN/20/RES/11", Authority.Confirmed, Url = Sources.NeutralityUrl)]
[Citation(Sources.Rop, "§2.2 paras 47-58", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§§3.3.1, 3.4, 3.5 scenarios A-B", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: Article 3 of the INTERPOL Constitution, in force since 13 June 1956 [C] (INTERPOL traces the neutrality clause to 1948 and the choice to confine itself to ordinary-law crime to 1946); the rule applies from then. The RPD articles and the Repository of Practice it also cites interpret that article in the practice of 2012 and later; for earlier dates the reviewer reads them as that practice, not as the law then in force.")]
[Remarks("Covers the Repository topics of coups, State security, public unrest with damage or worse, expression with incitement, and insult of a religion with incitement. The engine never decides predominance itself (open question Q1).")]
[Addresses(Elements.OrdinaryLawCrime)]
internal sealed class RelativePoliticalOffenceRule : PolicyRule
{
    public override void Define()
    {
        ChargeCharacter character = default!;

        When()
            .Match(() => character, c => c.Character == ChargeCharacterKind.RelativePolitical);

        Then()
            .Yield(ctx => ctx.Review(
                $"{Words.Charge(character.Charge)} has a political character but the facts allege {(character.Charge.Conduct.AttemptOnHeadOfStateLife ? "an attempt on the life of a head of state or a family member" : character.Charge.Conduct.HateSpeechOrIncitement ? "hate speech or incitement to violence" : Words.Of(character.Charge.Conduct.Violence))}; whether the ordinary-law element predominates must be decided case by case (RPD Art. 34(3)).",
                character.Charge));
    }
}
