namespace PolicyRules.Rules.Interpol.Law;

/// <summary>Wording shared by the next-step rules (NextSteps/).</summary>
internal static class Steps
{
    /// <summary>The grounds a finding of this rule set gave, by rule ID: "INT-0104 and INT-0901".</summary>
    public static string Grounds(IEnumerable<GroundToChallenge> grounds) =>
        Words.List(grounds.Select(g => g.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    /// <summary>Who supplied the data: "the authorities of XA" or "the international entity".</summary>
    public static string Source(Request request) =>
        request.RequestingCountry is { } country ? $"the authorities of {country}" : "the international entity";

    /// <summary>Whether the request is a notice (Red, Blue or Yellow), to which the provisions common to notices (RPD Arts 73-81) apply.</summary>
    public static bool IsNotice(RequestKind kind) => kind is RequestKind.RedNotice or RequestKind.BlueNotice or RequestKind.YellowNotice;

    /// <summary>", first that of US, where the person is believed to be," when the request says where; otherwise nothing.</summary>
    public static string WhereBelieved(Request request) =>
        request.InternationalDimension?.BelievedLocation is { } where ? $", first that of {where}, where the person is believed to be," : string.Empty;
}
