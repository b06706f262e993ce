namespace PolicyRules.Snapshots;

/// <summary>A canonical scenario: <c>&lt;name&gt;.case.json</c> with its approved <c>&lt;name&gt;.verdict.json</c> beside it.</summary>
/// <param name="CasePath">The case file.</param>
/// <param name="RuleSet">The rule set whose verdict the snapshot pins (the rule-set project the scenario lives in).</param>
public sealed record Scenario(string CasePath, string? RuleSet)
{
    /// <summary>The file-name suffix of a case.</summary>
    public const string CaseSuffix = ".case.json";

    /// <summary>The file-name suffix of an approved verdict.</summary>
    public const string VerdictSuffix = ".verdict.json";

    /// <summary>The file-name suffix of a received (not yet approved) verdict.</summary>
    public const string ReceivedSuffix = ".verdict.received.json";

    /// <summary>The scenario's name, e.g. "motivating-case".</summary>
    public string Name => Path.GetFileName(CasePath)[..^CaseSuffix.Length];

    /// <summary>The approved verdict file.</summary>
    public string VerdictPath => CasePath[..^CaseSuffix.Length] + VerdictSuffix;

    /// <summary>Where a verdict that differs from the approved one is written.</summary>
    public string ReceivedPath => CasePath[..^CaseSuffix.Length] + ReceivedSuffix;
}
