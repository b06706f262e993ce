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
    Explanation Explain(Case policyCase);
}

/// <summary>The minimal explanation: the verdict plus each rule firing in order (and, at trace level "facts", what it matched).</summary>
internal sealed class FiredRulesExplainer(PolicyEngine engine, PolicyRulesOptions options) : ICaseExplainer
{
    public Explanation Explain(Case policyCase)
    {
        // One firing recorder serves the CLI's explain, coverage and this route.
        var (verdict, recorder) = Tracer.Record(engine, policyCase, conditions: false);
        var withFacts = options.TraceLevel == PolicyTraceLevel.Facts;
        return new Explanation
        {
            Verdict = verdict,
            Trace = new TraceDocument
            {
                Level = options.TraceLevel,
                Firings =
                [
                    .. recorder.Firings.Select(f => new FiringDocument
                    {
                        Step = f.Step,
                        RuleId = f.RuleId,
                        RuleSet = engine.FindRule(f.RuleId)?.RuleSet ?? string.Empty,
                        Facts = withFacts && f.Matched.Count > 0 ? [.. f.Matched.Select(m => Tracer.Label(m.Fact))] : null,
                    }),
                ],
            },
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
