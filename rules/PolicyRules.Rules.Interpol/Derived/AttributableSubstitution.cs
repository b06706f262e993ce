namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>The requester itself, or a court, states that notices replace extradition for persons like this one (spec D13).</summary>
internal sealed record AttributableSubstitution(ContextIndicator Indicator) : DerivedFact
{
    public override string Label => "attributable statement on substitution";
}
