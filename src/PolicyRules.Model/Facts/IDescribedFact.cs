namespace PolicyRules.Facts;

/// <summary>A fact that can name itself in a verdict, e.g. "charge c1" or "context: pressure on relatives".</summary>
public interface IDescribedFact
{
    /// <summary>A short label a reader can find in the case, e.g. "charge c1".</summary>
    string Label { get; }
}
