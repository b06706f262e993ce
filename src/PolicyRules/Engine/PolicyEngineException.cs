namespace PolicyRules.Engine;

/// <summary>
/// The engine could not be built (a rule breaks a convention) or could not finish an evaluation (a rule failed or ran away).
/// The message is one line meant for the person running the engine.
/// </summary>
public sealed class PolicyEngineException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public PolicyEngineException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and the underlying cause.</summary>
    public PolicyEngineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public PolicyEngineException()
    {
    }

    /// <summary>The rule the problem concerns, when there is one.</summary>
    public string? RuleId { get; init; }

    /// <summary>True when the evaluation was stopped because it ran past its time, not because a rule is wrong.</summary>
    public bool BudgetExceeded { get; init; }
}
