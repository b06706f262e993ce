namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>A member country confirmed refugee status against the requesting country (spec D16).</summary>
internal sealed record RefugeeProtectedAgainstRequester(RefugeeStatus Refugee) : DerivedFact
{
    public override string Label => "refugee protection against the requester";
}
