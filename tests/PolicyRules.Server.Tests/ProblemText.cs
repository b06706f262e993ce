namespace PolicyRules.Server.Tests;

internal static class ProblemText
{
    /// <summary>No stack trace, exception or type name in a client-facing error.</summary>
    public static void AssertClean(string text)
    {
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PolicyRules.", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", text, StringComparison.Ordinal);
    }
}
