namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>Some INTERPOL rule refused the request (spec D18).</summary>
internal sealed record AnyDeny(string RuleId) : DerivedFact
{
    public override string Label => "a refusal";
}
