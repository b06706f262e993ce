namespace PolicyRules.Engine;

/// <summary>How much an explanation (the server's <c>/v1/explain</c>) records about an evaluation, besides its verdict.</summary>
public enum PolicyTraceLevel
{
    /// <summary>Each rule that fired, in firing order, with its ID and rule set.</summary>
    Rules,

    /// <summary>As <see cref="Rules"/>, plus the labels of the facts each firing matched.</summary>
    Facts,
}
