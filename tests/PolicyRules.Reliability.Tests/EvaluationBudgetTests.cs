using System.Globalization;
using System.Text.RegularExpressions;
using PolicyRules.Engine;
using PolicyRules.Generation;
using PolicyRules.Reliability.Tests.Support;
using PolicyRules.Rules.Interpol;
using PolicyRules.Rules.UsExtradition;
using PolicyRules.Rules.UsImmigration;

namespace PolicyRules.Reliability.Tests;

/// <summary>
/// Every evaluation is bounded: the costliest case the limits allow (about 2,800 firings, about 1 s) stops at its time budget
/// or at the caller's cancellation, between firings, and the engine goes on serving other cases.
/// </summary>
public sealed partial class EvaluationBudgetTests
{
    // On Rete the heaviest case takes far longer than the 50 ms budget on any machine; the compiled evaluator can finish it inside.
    private static readonly Lazy<PolicyEngine> Hurried = new(() =>
    {
        var options = new PolicyEngineOptions { MaxEvaluationTime = TimeSpan.FromMilliseconds(50), Evaluator = PolicyEvaluator.Rete };
        options.AddRuleSet(InterpolRuleSet.Assembly).AddRuleSet(UsExtraditionRuleSet.Assembly).AddRuleSet(UsImmigrationRuleSet.Assembly);
        return PolicyEngine.Create(options);
    });

    private static readonly Lazy<int> FiringsOfTheHeaviestCase = new(() =>
    {
        var fired = 0;
        Engines.BuiltIn.Evaluate(CaseGenerator.Heaviest(), session => session.Events.RuleFiredEvent += (_, _) => fired++);
        return fired;
    });

    [Fact]
    public void The_heaviest_case_stops_at_the_time_budget_before_its_last_firing()
    {
        var error = Assert.Throws<PolicyEngineException>(() => Hurried.Value.Evaluate(CaseGenerator.Heaviest()));

        Assert.True(error.BudgetExceeded);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("'the heaviest case the limits allow'", error.Message, StringComparison.Ordinal);
        var fired = int.Parse(FiredCount().Match(error.Message).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(fired, 1, FiringsOfTheHeaviestCase.Value - 1);
    }

    [Fact]
    public void A_cancelled_token_stops_the_heaviest_case_between_firings()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var fired = 0;

        Assert.ThrowsAny<OperationCanceledException>(() => Engines.BuiltIn.Evaluate(
            CaseGenerator.Heaviest(), session => session.Events.RuleFiredEvent += (_, _) => fired++, cancellationToken: cancel.Token));

        Assert.InRange(fired, 0, FiringsOfTheHeaviestCase.Value - 1);
    }

    [Fact]
    public void A_token_cancelled_before_the_call_evaluates_nothing()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Engines.BuiltIn.Evaluate(SampleCases.Minimal, cancel.Token));
    }

    [Fact]
    public void An_engine_with_a_tight_budget_still_evaluates_ordinary_cases_after_stopping_one()
    {
        Assert.Throws<PolicyEngineException>(() => Hurried.Value.Evaluate(CaseGenerator.Heaviest()));

        var verdict = Hurried.Value.Evaluate(SampleCases.Minimal);

        Assert.Equal(PolicyRules.Json.PolicyJson.Canonical(Engines.BuiltIn.Evaluate(SampleCases.Minimal)), PolicyRules.Json.PolicyJson.Canonical(verdict));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_time_budget_of_zero_or_less_is_refused_at_build(int milliseconds)
    {
        var options = new PolicyEngineOptions { MaxEvaluationTime = TimeSpan.FromMilliseconds(milliseconds) };
        options.AddRuleSet(InterpolRuleSet.Assembly);

        var error = Assert.Throws<PolicyEngineException>(() => PolicyEngine.Create(options));

        Assert.Contains("more than zero", error.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"and (\d+) rule firings")]
    private static partial Regex FiredCount();
}
