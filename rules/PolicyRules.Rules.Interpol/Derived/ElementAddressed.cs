namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>A finding has addressed required elements of the request (spec D18).</summary>
/// <param name="Elements">The elements the finding's rule addresses, e.g. "penalty" or "penalty, ordinary-law crime".</param>
/// <param name="RuleId">The rule whose finding addressed them.</param>
internal sealed record ElementAddressed(string Elements, string RuleId) : DerivedFact
{
    public override string Label => $"{Elements} addressed by {RuleId}";
}
