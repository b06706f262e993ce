namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0426")]
[Description("A new genocide, crimes-against-humanity or war-crimes request from a national bureau, or one the person's state objects to, follows the special procedure of AG-2010-RES-10.")]
[Citation(Sources.Rop, "§3.10 scenario E and examples", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§3.10 (Scenarios D-E: data on another member's national may not be recorded if that member protests)", Authority.Confirmed, Url = Sources.RopUrl)]
[Remarks("Legal review 2026-12-03, row INT-0426: the content of the AG-2010-RES-10 procedure was cited as unconfirmed; the Repository of Practice §3.10 (Scenarios D-E and the example) states it: war-crimes data on another member's national may not be recorded if that member protests. The rule keeps sending the case to review, now on that confirmed text.")]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Decides open question Q13: the procedure's steps are not known from the text, so the rule only sends the case to a reviewer.")]
internal sealed class InternationalCrimeSpecialProcedureRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        ChargeCharacter character = default!;
        IEnumerable<ContextIndicator> objections = default!;

        When()
            .Match(() => request)
            .Match(() => character, c => c.Character == ChargeCharacterKind.InternationalCrime)
            .Query(() => objections, q => q.Match<ContextIndicator>(i => i.Kind == ContextKind.PersonsStateObjects, i => i.ConcernsThisPerson).Collect())
            .Having(() => request.RequesterType == RequesterType.Ncb || objections.Any());

        Then()
            .Yield(ctx => ctx.Review(
                $"{Words.Charge(character.Charge)} comes from {(objections.Any() ? "a request to which the person's state objects" : "a national central bureau")}; new requests for genocide, crimes against humanity or war crimes follow the special procedure of AG-2010-RES-10.",
                character.Charge));
    }
}
