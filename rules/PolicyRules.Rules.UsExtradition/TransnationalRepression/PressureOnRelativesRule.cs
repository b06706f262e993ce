namespace PolicyRules.Rules.UsExtradition.TransnationalRepression;

[Name("USX-0603")]
[Description("Pressure on the person's relatives to force a return is reported: a transnational-repression sign.")]
[Citation("FBI Director's remarks on Operation Fox Hunt", "28 Oct 2020", Authority.Confirmed, Url = Sources.FoxHunt)]
[Citation("E.D.N.Y. Operation Fox Hunt complaint (28 Oct 2020)", "charges under 18 U.S.C. 951 and 2261A", Authority.Confirmed)]
[Citation(Sources.UsCode22, "§ 263b(a) (sense of Congress on abuse of INTERPOL)", Authority.Confirmed, Url = Sources.Trap263b)]
[EffectiveFrom("1948-09-01")]
internal sealed class PressureOnRelativesRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        ContextIndicator ind = default!;

        When()
            .Match(() => us)
            .Match(() => ind, i => i.Kind == ContextKind.PressureOnRelatives && i.ConcernsThisPerson);

        Then()
            .Yield(ctx => ctx.Review(
                $"Pressure on the person's relatives to force a return is reported (source: {UsFacts.Words(ind.Source)}), a sign of transnational repression.",
                ind));
    }
}
