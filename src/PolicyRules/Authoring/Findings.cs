using NRules.RuleModel;

namespace PolicyRules.Authoring;

/// <summary>The actions a rule uses to conclude: <c>Then().Yield(ctx => ctx.Deny($"...", charge))</c>.</summary>
public static class Findings
{
    /// <summary>A finding that decides against the request (e.g. not compliant, not extraditable).</summary>
    public static Finding Deny(this IContext ctx, string reason, params object[] basis) => Create(ctx, Effect.Deny, reason, basis);

    /// <summary>A finding that sends the case to human review.</summary>
    public static Finding Review(this IContext ctx, string reason, params object[] basis) => Create(ctx, Effect.Review, reason, basis);

    /// <summary>A finding that affirms a condition the request needs.</summary>
    public static Finding Allow(this IContext ctx, string reason, params object[] basis) => Create(ctx, Effect.Allow, reason, basis);

    /// <summary>A finding that informs without bearing on the outcome (e.g. the next lawful step).</summary>
    public static Finding Note(this IContext ctx, string reason, params object[] basis) => Create(ctx, Effect.Note, reason, basis);

    private static Finding Create(IContext ctx, Effect effect, string reason, object[] basis)
    {
        var rule = ctx.Rule;
        return new Finding(rule.Name, RuleSetNames.Of(rule), effect, reason, FactLabels.Of(basis));
    }
}
