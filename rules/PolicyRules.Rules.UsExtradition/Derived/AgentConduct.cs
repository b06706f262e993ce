namespace PolicyRules.Rules.UsExtradition.Derived;

/// <summary>
/// Conduct reported against the person or their relatives in the United States by persons acting for the requesting state:
/// the facts a referral to federal investigators rests on (USX-0608, USX-0609). Never a finding against anyone.
/// </summary>
internal static class AgentConduct
{
    /// <summary>Whether the indicator reports such conduct in the United States (agents acting against the person, or pressure on relatives, there).</summary>
    public static bool InUnitedStates(ContextIndicator indicator) =>
        indicator.Kind is ContextKind.AgentsAbroad or ContextKind.PressureOnRelatives
        && indicator.ConcernsThisPerson
        && indicator.Place == UsFacts.RequestedState;

    /// <summary>The reported conduct in words, with where the report comes from.</summary>
    public static string Words(ContextIndicator indicator) =>
        (indicator.Kind == ContextKind.AgentsAbroad
            ? "acted against the person in the United States (surveillance, intimidation or an attempt to force a return)"
            : "pressed the person's relatives in the United States to make the person return")
        + $" (source: {UsFacts.Words(indicator.Source)}{(string.IsNullOrWhiteSpace(indicator.Detail) ? string.Empty : "; " + indicator.Detail.TrimEnd('.'))})";
}
