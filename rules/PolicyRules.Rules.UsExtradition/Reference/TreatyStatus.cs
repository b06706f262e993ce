using PolicyRules.Facts;

namespace PolicyRules.Rules.UsExtradition.Reference;

/// <summary>What the treaty table says about the requesting country, inserted as a fact for each case.</summary>
public sealed record TreatyStatus : IDescribedFact
{
    /// <summary>The requesting country, ISO 3166-1 alpha-2.</summary>
    public required string Country { get; init; }

    /// <summary>Whether a bilateral extradition treaty with the United States is in force, suspended, or absent.</summary>
    public required TreatyState State { get; init; }

    /// <summary>The year the treaty was signed or entered into force, when known.</summary>
    public int? Year { get; init; }

    /// <summary>How firmly the row is confirmed: "C", "S" or "U".</summary>
    public required string Confidence { get; init; }

    /// <summary>Where the row comes from.</summary>
    public required string Source { get; init; }

    /// <summary>Whether the table has a row for the country at all.</summary>
    public bool OnRecord { get; init; } = true;

    /// <inheritdoc />
    public string Label => $"treaty table row {Country}";
}

/// <summary>The state of a bilateral extradition treaty with the United States.</summary>
public enum TreatyState
{
    /// <summary>A treaty is in force.</summary>
    InForce,

    /// <summary>A treaty exists but its operation is suspended.</summary>
    Suspended,

    /// <summary>No treaty.</summary>
    None,
}
