using System.Collections.Immutable;
using PolicyRules.DependencyInjection;
using PolicyRules.Engine;
using PolicyRules.Engine.Tracing;
using PolicyRules.Facts;
using PolicyRules.Verdicts;

namespace PolicyRules.Server;

/// <summary>
/// Explains one case for POST /v1/explain. The seam for the richer trace builder of the snapshot tooling: register another
/// implementation and the route serves it unchanged.
/// </summary>
internal interface ICaseExplainer
{
    /// <summary>Explains a case; with <paramref name="whyNotRuleId"/>, also why that rule did or did not fire.</summary>
    /// <exception cref="ArgumentException">The rule ID is unknown; the message says so and lists known IDs.</exception>
    /// <exception cref="OperationCanceledException">The request timed out or was aborted.</exception>
    Explanation Explain(Case policyCase, string? whyNotRuleId = null, CancellationToken cancellationToken = default);
}

/// <summary>
/// The verdict plus each rule firing in order (and, at trace level "facts", what it matched); asked about one rule, the
/// condition-by-condition account `policyrules explain --why-not` prints.
/// </summary>
internal sealed class FiredRulesExplainer(PolicyEngine engine, PolicyRulesOptions options) : ICaseExplainer
{
    public Explanation Explain(Case policyCase, string? whyNotRuleId = null, CancellationToken cancellationToken = default)
    {
        // The tracer of `policyrules explain` and `coverage`: one recorder for every way of asking.
        var trace = Tracer.Explain(engine, policyCase, whyNotRuleId, cancellationToken);
        var withFacts = options.TraceLevel == PolicyTraceLevel.Facts;
        return new Explanation
        {
            Verdict = trace.Verdict,
            Trace = new TraceDocument
            {
                Level = options.TraceLevel,
                Firings =
                [
                    .. trace.Steps.Select(s => new FiringDocument
                    {
                        Step = s.Step,
                        RuleId = s.RuleId,
                        RuleSet = s.RuleSet,
                        Facts = withFacts && s.Matched.Length > 0 ? [.. s.Matched.Select(m => m.Label)] : null,
                    }),
                ],
            },
            WhyNot = trace.WhyNot,
        };
    }
}

/// <summary>The body of a /v1/explain answer.</summary>
internal sealed record Explanation
{
    /// <summary>The verdict, exactly as /v1/evaluate gives it.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>How the engine got there.</summary>
    public required TraceDocument Trace { get; init; }

    /// <summary>Asked with <c>?whyNot=RULE-ID</c>: each condition of that rule, where it held or failed, and the first that failed.</summary>
    public WhyNot? WhyNot { get; init; }
}

/// <summary>The rule firings behind a verdict.</summary>
internal sealed record TraceDocument
{
    /// <summary>How much was recorded.</summary>
    public required PolicyTraceLevel Level { get; init; }

    /// <summary>Every rule firing, in firing order.</summary>
    public required ImmutableArray<FiringDocument> Firings { get; init; }
}

/// <summary>One rule firing.</summary>
internal sealed record FiringDocument
{
    /// <summary>1 for the first firing.</summary>
    public required int Step { get; init; }

    /// <summary>The rule that fired.</summary>
    public required string RuleId { get; init; }

    /// <summary>Its rule set.</summary>
    public required string RuleSet { get; init; }

    /// <summary>Labels of the facts it matched (trace level "facts" only).</summary>
    public ImmutableArray<string>? Facts { get; init; }
}
