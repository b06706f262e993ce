using NRules.RuleModel;

namespace PolicyRules.Authoring;

/// <summary>The actions a rule uses to conclude: <c>Then().Yield(ctx => ctx.Deny($"...", charge))</c>; <c>ctx.Ask(question, "...", request)</c> when the deciding fact is unknown.</summary>
public static class Findings
{
    /// <summary>A finding that decides against the request (e.g. not compliant, not extraditable).</summary>
    public static Finding Deny(this IContext ctx, string reason, params object[] basis) => Create(ctx, Effect.Deny, reason, basis);

    /// <summary>A finding that sends the case to human review.</summary>
    public static Finding Review(this IContext ctx, string reason, params object[] basis) => Create(ctx, Effect.Review, reason, basis);

    /// <summary>
    /// A review of the request with another effect on the charges it rests on: e.g. a charge barred on separate facts may not
    /// be included (<paramref name="onCharges"/> deny) while the request waits for its removal.
    /// </summary>
    public static Finding Review(this IContext ctx, string reason, Effect onCharges, params object[] basis) =>
        Create(ctx, Effect.Review, reason, basis, onCharges);

    /// <summary>A finding that affirms a condition the request needs.</summary>
    public static Finding Allow(this IContext ctx, string reason, params object[] basis) => Create(ctx, Effect.Allow, reason, basis);

    /// <summary>A finding that informs without bearing on the outcome (e.g. the next lawful step).</summary>
    public static Finding Note(this IContext ctx, string reason, params object[] basis) => Create(ctx, Effect.Note, reason, basis);

    /// <summary>
    /// A note on the request that has an effect on the charges it rests on: e.g. RPD Art. 83(1)(c) leaves a notice standing
    /// on its qualifying charges while an excluded charge may not be included (<paramref name="onCharges"/> deny), or lets a
    /// charge below the penalty threshold be included once another qualifies (allow). The per-charge outcomes read it.
    /// </summary>
    public static Finding Note(this IContext ctx, string reason, Effect onCharges, params object[] basis) =>
        Create(ctx, Effect.Note, reason, basis, onCharges);

    /// <summary>
    /// A finding that asks for a fact nobody has stated instead of deciding on it: the rule would deny or allow on one answer
    /// and not on another. The reason says what is unknown and what each answer would mean.
    /// </summary>
    public static Finding Ask(this IContext ctx, Question question, string reason, params object[] basis) =>
        new(ctx.Rule.Name, RuleSetNames.Of(ctx.Rule), Effect.Ask, reason, FactLabels.Of(basis)) { Question = question, Charges = FactLabels.ChargesOf(basis) };

    private static Finding Create(IContext ctx, Effect effect, string reason, object[] basis, Effect? onCharges = null)
    {
        var rule = ctx.Rule;
        return new Finding(rule.Name, RuleSetNames.Of(rule), effect, reason, FactLabels.Of(basis))
        {
            Charges = FactLabels.ChargesOf(basis),
            ChargeEffect = onCharges,
        };
    }
}
