namespace PolicyRules.Server.Workbench;

/// <summary>The workbench's settings, in the same "PolicyRules" configuration section as the server's.</summary>
internal sealed class WorkbenchOptions
{
    /// <summary>
    /// The checkout whose scenarios the workbench shows and reviews (the folder holding PolicyRules.sln). Unset: the nearest
    /// such folder upwards from the current folder, as the CLI's verify and approve find it.
    /// </summary>
    public string? Workspace { get; set; }
}
