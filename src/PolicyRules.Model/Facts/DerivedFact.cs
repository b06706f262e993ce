namespace PolicyRules.Facts;

/// <summary>
/// Base of every fact a rule derives from other facts (e.g. "this charge meets the penalty threshold").
/// Derived facts are yielded as linked facts, so they disappear when the facts they rest on no longer match.
/// </summary>
public abstract record DerivedFact : IDescribedFact
{
    /// <inheritdoc />
    public abstract string Label { get; }
}
