namespace PolicyRules.Reliability.Tests.Support;

/// <summary>
/// Tests that measure the whole process (the live heap) and so must not share it with tests running in parallel: a
/// concurrent test's allocations show up as growth. xUnit runs this collection on its own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Isolated
{
    public const string Name = "Isolated: whole-process measurements";
}
