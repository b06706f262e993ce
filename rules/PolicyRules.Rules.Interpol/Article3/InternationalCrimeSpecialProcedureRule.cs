namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0426")]
[Description("A new genocide, crimes-against-humanity or war-crimes request from a national bureau, or one the person's state objects to, follows the special procedure of AG-2010-RES-10.")]
[Citation(Sources.Rop, "§3.10 scenario E and examples", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "content of the AG-2010-RES-10 procedure", Authority.Unconfirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
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
