namespace PolicyRules.Authoring;

/// <summary>Marks an assembly as a rule set: its name, title, ID prefix and what each outcome means in its domain.</summary>
/// <param name="name">Short stable name used on the command line and in verdicts, e.g. "interpol".</param>
/// <param name="title">Human title, e.g. "INTERPOL neutrality screening".</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class PolicyRuleSetAttribute(string name, string title) : Attribute
{
    /// <summary>Short stable name, e.g. "interpol".</summary>
    public string Name { get; } = name;

    /// <summary>Human title.</summary>
    public string Title { get; } = title;

    /// <summary>Version of the rule set; it changes whenever a verdict can change.</summary>
    public string Version { get; init; } = "0.0.0";

    /// <summary>Order among rule sets in a verdict (lower first).</summary>
    public int Order { get; init; }

    /// <summary>What a deny outcome means here, e.g. "not compliant: refuse or delete".</summary>
    public string DenyMeaning { get; init; } = "deny";

    /// <summary>What a review outcome means here.</summary>
    public string ReviewMeaning { get; init; } = "needs review";

    /// <summary>What an allow outcome means here.</summary>
    public string AllowMeaning { get; init; } = "allow";

    /// <summary>What a needs-information outcome means here: facts nobody has stated would decide.</summary>
    public string NeedsInformationMeaning { get; init; } = "needs information: the questions listed would decide";

    /// <summary>
    /// What an allow outcome on one charge means here, e.g. "may be included in the notice". Setting the four charge meanings
    /// gives every verdict of this rule set a per-charge outcome (docs/verdicts.md, "Per-charge outcomes"); null: none.
    /// </summary>
    public string? ChargeAllowMeaning { get; init; }

    /// <summary>What a deny outcome on one charge means here, e.g. "not extraditable on this count".</summary>
    public string? ChargeDenyMeaning { get; init; }

    /// <summary>What a review outcome on one charge means here.</summary>
    public string? ChargeReviewMeaning { get; init; }

    /// <summary>What a needs-information outcome on one charge means here.</summary>
    public string? ChargeNeedsInformationMeaning { get; init; }

    /// <summary>A type implementing <see cref="IReferenceFactSource"/> that adds reference facts (e.g. a treaty table) to each case.</summary>
    public Type? ReferenceFacts { get; init; }

    /// <summary>
    /// IDs of rules this rule set no longer has. A rule ID is permanent: a retired one is never given to another rule (the
    /// engine refuses to start if a rule uses one), so old verdicts and decision logs keep meaning what they said.
    /// </summary>
    public string[] RetiredRuleIds { get; init; } = [];
}
