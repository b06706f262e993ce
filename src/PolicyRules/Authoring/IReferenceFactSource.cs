using PolicyRules.Facts;

namespace PolicyRules.Authoring;

/// <summary>
/// Reference data a rule set reads as facts (e.g. a treaty table). Loaded and validated once when the engine is built;
/// asked for the facts that concern each case. Must be pure: the same case gives the same facts.
/// </summary>
public interface IReferenceFactSource
{
    /// <summary>The reference facts that concern <paramref name="policyCase"/>.</summary>
    IEnumerable<object> FactsFor(Case policyCase);
}
