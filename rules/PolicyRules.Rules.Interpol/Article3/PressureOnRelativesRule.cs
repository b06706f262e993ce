using NRules.Fluent.Dsl;
using PolicyRules.Authoring;
using PolicyRules.Facts;

namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0402")]
[Description("Pressure on the person's relatives to force a return is a general-context factor pointing to a political character.")]
[Citation("RPD", "Art. 34(3)(g)", Authority.Confirmed)]
[Citation("INTERPOL Constitution", "Art. 3", Authority.Confirmed)]
[EffectiveFrom("2012-07-01")]
public sealed class PressureOnRelativesRule : PolicyRule
{
    public override void Define()
    {
        ContextIndicator indicator = default!;

        When()
            .Match(() => indicator, i => i.Kind == ContextKind.PressureOnRelatives && i.ConcernsThisPerson);

        Then()
            .Yield(ctx => ctx.Review(
                "The person's relatives were pressed to make the person return, a general-context factor that points to a political character.",
                indicator));
    }
}
