namespace PolicyRules.Snapshots;

/// <summary>How one scenario compared with its approved verdict.</summary>
public enum SnapshotStatus
{
    /// <summary>The verdict is byte-identical to the approved one.</summary>
    Match,

    /// <summary>The verdict differs; a received file was written.</summary>
    Mismatch,

    /// <summary>There is no approved verdict yet; a received file was written.</summary>
    Missing,

    /// <summary>The case could not be read or evaluated.</summary>
    Error,
}

/// <summary>The result of checking one scenario: its status, the unified diff, or the error.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Status">How it compared.</param>
/// <param name="Detail">The unified diff for a mismatch or missing verdict, or the error message.</param>
/// <param name="Received">The verdict text the engine produced, when it produced one.</param>
/// <param name="Change">For a mismatch or a missing verdict, what changed in plain words (null when the approved file cannot be read as a verdict).</param>
public sealed record SnapshotResult(Scenario Scenario, SnapshotStatus Status, string Detail, string? Received, VerdictChange? Change = null);
