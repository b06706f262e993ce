using System.Diagnostics;
using System.Globalization;
using PolicyRules.Facts;

namespace PolicyRules.Engine;

/// <summary>
/// What one evaluation may spend: rule firings, wall-clock time, and the caller's cancellation (the server's request
/// timeout). An evaluator asks it between firings, so no case, however large, holds a thread past its budget: NRules
/// fires in slices and checks between them; any other evaluator calls <see cref="Check"/> from its own loop.
/// </summary>
internal readonly struct EvaluationBudget
{
    private readonly long _deadline;

    public EvaluationBudget(int maxRuleFirings, TimeSpan maxTime, CancellationToken cancellationToken)
    {
        MaxRuleFirings = maxRuleFirings;
        MaxTime = maxTime;
        CancellationToken = cancellationToken;
        _deadline = maxTime == Timeout.InfiniteTimeSpan ? long.MaxValue : Stopwatch.GetTimestamp() + (long)(maxTime.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>Firings per slice between two clock checks: a slice of the costliest case the limits allow takes about 20 ms.</summary>
    public const int FiringsPerCheck = 64;

    public int MaxRuleFirings { get; }

    public TimeSpan MaxTime { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Stops the evaluation when the caller cancelled (<see cref="OperationCanceledException"/>) or time ran out.</summary>
    /// <exception cref="OperationCanceledException">The caller's token was cancelled.</exception>
    /// <exception cref="PolicyEngineException">The time budget is spent; <see cref="PolicyEngineException.BudgetExceeded"/> is set.</exception>
    public void Check(Case policyCase, int firedSoFar)
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            throw new PolicyEngineException(string.Create(CultureInfo.InvariantCulture,
                $"Case '{Cases.Echo.Of(policyCase.Scenario ?? "unnamed")}' was stopped after {MaxTime.TotalSeconds:0.###} s and {firedSoFar} rule firings, the time one evaluation may take; split the case or raise the limit."))
            { BudgetExceeded = true };
        }
    }
}
