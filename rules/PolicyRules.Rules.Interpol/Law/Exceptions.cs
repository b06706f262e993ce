namespace PolicyRules.Rules.Interpol.Law;

/// <summary>The recorded human decisions that lift a criterion (RPD Art. 83(1)(b)).</summary>
internal static class Exceptions
{
    /// <summary>The General Secretariat invoked particular importance and consulted the requester first.</summary>
    public static bool ParticularImportance(Request r) => r.GsException is { Invoked: true, ConsultationHeld: true };
}
