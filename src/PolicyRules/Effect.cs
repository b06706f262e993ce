namespace PolicyRules;

/// <summary>What a finding does to its rule set's outcome.</summary>
public enum Effect
{
    /// <summary>Decides against the request: the rule set's outcome is deny whatever else holds.</summary>
    Deny,

    /// <summary>Sends the case to human review unless something denies it.</summary>
    Review,

    /// <summary>Affirms a condition the request needs; the outcome is allow only when nothing denies or asks for review.</summary>
    Allow,

    /// <summary>Informs (e.g. the procedural state or next lawful step) and does not bear on the outcome.</summary>
    Note,

    /// <summary>
    /// Asks for a fact nobody has stated, which would decide: the outcome is needs-information unless something denies.
    /// The finding carries its <see cref="Finding.Question"/>.
    /// </summary>
    Ask,

    /// <summary>
    /// Tells one audience (<see cref="Finding.Audience"/>) what it can or must do next, with the provision that gives the
    /// step: it does not bear on the outcome, and a verdict lists it under its next steps, not its findings.
    /// </summary>
    NextStep,
}
