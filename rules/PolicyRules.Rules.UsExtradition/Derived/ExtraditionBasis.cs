namespace PolicyRules.Rules.UsExtradition.Derived;

/// <summary>The legal basis on which extradition could proceed: a treaty in force, 18 U.S.C. 3181(b), or none.</summary>
internal sealed record ExtraditionBasis : DerivedFact
{
    /// <summary>The kind of basis.</summary>
    public required BasisKind Kind { get; init; }

    /// <summary>The basis rests on confirmed data (a confirmed, undisputed treaty row; or the 3181(b) facts).</summary>
    public required bool Confirmed { get; init; }

    /// <inheritdoc />
    public override string Label => $"extradition basis {Vocabulary.Name(Kind)}";
}

/// <summary>The kind of legal basis for extradition.</summary>
internal enum BasisKind
{
    /// <summary>A bilateral treaty in force.</summary>
    Treaty,

    /// <summary>18 U.S.C. 3181(b), without a treaty.</summary>
    Section3181b,

    /// <summary>No basis.</summary>
    None,
}
