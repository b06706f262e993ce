namespace PolicyRules.Rules.Interpol.Law;

/// <summary>Pure tests on whether a Red Notice's stated purpose is actually pursued (spec D12).</summary>
internal static class Purpose
{
    public static bool AssuranceRefused(Request r) =>
        r.ExtraditionAssurance is { } a && (a.CoordinatedWithExtraditionAuthority == false || a.AssuranceGiven == false);

    public static bool LocatedWithoutSteps(Request r) => r.Location is { PersonLocated: true, ExtraditionRequestSubmitted: false, ConsultationHeld: true, ReasonableGroundsGiven: false };
}
