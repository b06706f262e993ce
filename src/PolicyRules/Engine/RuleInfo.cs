using System.Collections.Immutable;
using PolicyRules.Verdicts;

namespace PolicyRules.Engine;

/// <summary>What the engine knows about one rule: its ID, rule set, description, citations, dates and effects.</summary>
public sealed record RuleInfo
{
    /// <summary>The permanent rule ID.</summary>
    public required string Id { get; init; }

    /// <summary>The rule set's short name.</summary>
    public required string RuleSet { get; init; }

    /// <summary>One-line description.</summary>
    public required string Description { get; init; }

    /// <summary>The provisions the rule rests on.</summary>
    public required ImmutableArray<Citation> Citations { get; init; }

    /// <summary>The first day the rule applies.</summary>
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>The last day the rule applies, if it has one.</summary>
    public DateOnly? EffectiveUntil { get; init; }

    /// <summary>The effects the rule can yield, read from its actions.</summary>
    public required ImmutableArray<Effect> Effects { get; init; }

    /// <summary>The derived fact types the rule can yield, by name.</summary>
    public required ImmutableArray<string> Derives { get; init; }

    /// <summary>The legal source folder the rule's class lives in (its namespace tail), e.g. "Article3".</summary>
    public required string Provision { get; init; }

    /// <summary>Paragraphs for the rule's documentation page: decisions taken, edge cases.</summary>
    public ImmutableArray<string> Remarks { get; init; } = [];

    /// <summary>The required elements of a request the rule's findings address (<see cref="Authoring.AddressesAttribute"/>); empty when none.</summary>
    public ImmutableArray<string> Addresses { get; init; } = [];

    /// <summary>The rule's class, e.g. "PolicyRules.Rules.Interpol.Article3.PublishedCampaignListRule".</summary>
    public string? ClassName { get; init; }

    /// <summary>Whether this rule applies on <paramref name="day"/>.</summary>
    public bool AppliesOn(DateOnly day) => day >= EffectiveFrom && (EffectiveUntil is null || day <= EffectiveUntil);
}
