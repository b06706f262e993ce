namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>A valid warrant from a competent authority that is judicial or open to judicial appeal (spec D9).</summary>
internal sealed record WarrantAdequate(ArrestWarrant Warrant) : DerivedFact
{
    public override string Label => "adequate arrest warrant";
}
