using System.Collections.Immutable;
using System.Reflection;
using PolicyRules.Verdicts;

namespace PolicyRules.Engine;

/// <summary>A rule set the engine was built with: its name, title, version and what each outcome means.</summary>
public sealed record RuleSetInfo
{
    /// <summary>Short stable name, e.g. "interpol".</summary>
    public required string Name { get; init; }

    /// <summary>Human title.</summary>
    public required string Title { get; init; }

    /// <summary>Version; changes whenever a verdict can change.</summary>
    public required string Version { get; init; }

    /// <summary>Order among rule sets in a verdict.</summary>
    public required int Order { get; init; }

    /// <summary>The assembly that holds the rules.</summary>
    public required Assembly Assembly { get; init; }

    /// <summary>IDs this rule set retired; no rule may use them again.</summary>
    public ImmutableArray<string> RetiredRuleIds { get; init; } = [];

    /// <summary>What a deny outcome means here.</summary>
    public required string DenyMeaning { get; init; }

    /// <summary>What a review outcome means here.</summary>
    public required string ReviewMeaning { get; init; }

    /// <summary>What an allow outcome means here.</summary>
    public required string AllowMeaning { get; init; }

    /// <summary>What a needs-information outcome means here.</summary>
    public required string NeedsInformationMeaning { get; init; }

    /// <summary>What an allow outcome on one charge means here; null when the rule set states no per-charge outcomes.</summary>
    public string? ChargeAllowMeaning { get; init; }

    /// <summary>What a deny outcome on one charge means here.</summary>
    public string? ChargeDenyMeaning { get; init; }

    /// <summary>What a review outcome on one charge means here.</summary>
    public string? ChargeReviewMeaning { get; init; }

    /// <summary>What a needs-information outcome on one charge means here.</summary>
    public string? ChargeNeedsInformationMeaning { get; init; }

    /// <summary>Whether the rule set states an outcome per charge (it gave the charge meanings).</summary>
    public bool PerCharge => ChargeAllowMeaning is not null;

    /// <summary>What <paramref name="outcome"/> on one charge means here; null when the rule set states no per-charge outcomes.</summary>
    public string? ChargeMeaning(Outcome outcome) => outcome switch
    {
        Outcome.Deny => ChargeDenyMeaning,
        Outcome.Allow => ChargeAllowMeaning,
        Outcome.NeedsInformation => ChargeNeedsInformationMeaning,
        _ => ChargeReviewMeaning,
    };

    /// <summary>What <paramref name="outcome"/> means in this rule set's domain.</summary>
    public string Meaning(Outcome outcome) => outcome switch
    {
        Outcome.Deny => DenyMeaning,
        Outcome.Allow => AllowMeaning,
        Outcome.NeedsInformation => NeedsInformationMeaning,
        _ => ReviewMeaning,
    };
}
