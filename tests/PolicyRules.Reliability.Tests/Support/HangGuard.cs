namespace PolicyRules.Reliability.Tests.Support;

/// <summary>Runs one input with a time bound, so a hang fails the test instead of stalling the suite. Not a timing assertion.</summary>
internal static class HangGuard
{
    public static T Run<T>(Func<T> work, string what)
    {
        var task = Task.Run(work);
        if (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(Budget.PerInputTimeout))
        {
            throw new TimeoutException($"{what} did not finish within {Budget.PerInputTimeout.TotalSeconds:0} s (a hang).");
        }

        // GetResult rethrows the work's own exception, not an AggregateException.
        return task.GetAwaiter().GetResult();
    }
}
