namespace PolicyRules.Cli;

/// <summary>The CLI's exit codes, as documented in the README and DESIGN.md.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>A check failed: a verdict differs from the approved one, or one is missing.</summary>
    public const int CheckFailed = 1;

    /// <summary>Bad input or usage: a case that cannot be read, an unknown option, a missing file.</summary>
    public const int BadInput = 2;
}

/// <summary>A problem with the user's input or command line; printed as one line, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
