using PolicyRules.Facts;
using PolicyRules.Verdicts;

namespace PolicyRules.Decisions;

/// <summary>Where the record of each evaluation goes: a <see cref="DecisionLog"/> file, or nowhere.</summary>
public interface IDecisionRecorder
{
    /// <summary>Records one evaluation.</summary>
    void Record(Case policyCase, Verdict verdict);
}

/// <summary>Records nothing: no decision log was configured.</summary>
internal sealed class NoDecisionRecorder : IDecisionRecorder
{
    public static NoDecisionRecorder Instance { get; } = new();

    public void Record(Case policyCase, Verdict verdict)
    {
    }
}
