namespace PolicyRules.Analyzers;

/// <summary>
/// Every diagnostic ID the PolicyRules analyzers report. IDs are permanent: never renumber, never reuse a retired one
/// (list it below as reserved instead). The hundreds digit is the category:
/// <list type="bullet">
/// <item><c>PR00xx</c> Metadata: rule ID, description, citation, effective dates (<see cref="DiagnosticCategories.Metadata"/>).</item>
/// <item><c>PR01xx</c> Shape: how NRules must be able to instantiate the rule class (<see cref="DiagnosticCategories.Shape"/>).</item>
/// <item><c>PR02xx</c> Determinism: no clock, randomness, I/O, environment, static mutable state or logging (<see cref="DiagnosticCategories.Determinism"/>).</item>
/// <item><c>PR03xx</c> Actions: what <c>Then()</c> may do and which effects a citation may support (<see cref="DiagnosticCategories.Actions"/>).</item>
/// <item><c>PR04xx</c> Facts: immutability of matched facts, truth-maintenance loops, unknown facts read as known (<see cref="DiagnosticCategories.Facts"/>).</item>
/// </list>
/// </summary>
public static class DiagnosticIds
{
    public const string MissingRuleId = "PR0001";
    public const string RuleIdPattern = "PR0002";
    public const string DuplicateRuleId = "PR0003";
    public const string MissingDescription = "PR0004";
    public const string MissingCitation = "PR0005";
    public const string MissingEffectiveFrom = "PR0006";
    public const string InvalidEffectiveDate = "PR0007";
    public const string EffectiveUntilBeforeFrom = "PR0008";
    public const string PlaceholderMetadata = "PR0009";

    public const string RuleClassNotInternalSealed = "PR0101";
    public const string RuleClassConstructor = "PR0102";

    public const string NonDeterministicCall = "PR0201";

    public const string DisallowedAction = "PR0301";
    public const string DecidingEffectWithoutAuthority = "PR0302";
    public const string ConditionOnSecondaryValue = "PR0303";

    public const string MutableFact = "PR0401";
    public const string NotYieldLoop = "PR0402";
    public const string UnknownReadAsFalse = "PR0403";

    /// <summary>
    /// Where a diagnostic's documentation lives: a path relative to the repository root, which the build prints after the
    /// message and which resolves in every checkout and in the repository's web view. The project has no web host of its
    /// own, and a made-up absolute address would resolve nowhere (docs/analyzers/README.md, "Help links").
    /// </summary>
    public const string HelpLinkBase = "docs/analyzers/";

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";
}

/// <summary>Diagnostic categories, one per ID range in <see cref="DiagnosticIds"/>.</summary>
public static class DiagnosticCategories
{
    public const string Metadata = "PolicyRules.Metadata";
    public const string Shape = "PolicyRules.Shape";
    public const string Determinism = "PolicyRules.Determinism";
    public const string Actions = "PolicyRules.Actions";
    public const string Facts = "PolicyRules.Facts";
}
