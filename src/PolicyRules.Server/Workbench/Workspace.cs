using PolicyRules.Engine;
using PolicyRules.Snapshots;

namespace PolicyRules.Server.Workbench;

/// <summary>
/// The checkout the workbench reads: its scenarios (found afresh on each request, since files change while the server runs)
/// and the rule coverage over them (measured once, on first use: the rules cannot change while the server runs, and it
/// evaluates every scenario with condition events on).
/// </summary>
internal sealed class Workspace
{
    private readonly PolicyEngine _engine;
    private readonly Lazy<CoverageReport> _coverage;

    public Workspace(PolicyEngine engine, WorkbenchOptions options)
    {
        _engine = engine;
        Root = string.IsNullOrWhiteSpace(options.Workspace)
            ? Checkout.RepositoryRoot(Directory.GetCurrentDirectory())
            : Path.GetFullPath(options.Workspace);
        _coverage = new Lazy<CoverageReport>(() => RuleCoverage.Measure(_engine, Scenarios(), Name), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The checkout's root folder, or null when the server was not started inside a checkout.</summary>
    public string? Root { get; }

    /// <summary>The coverage of every rule by the scenarios, as `policyrules coverage` measures it.</summary>
    public CoverageReport Coverage => _coverage.Value;

    /// <summary>Every scenario of the engine's rule sets in the checkout.</summary>
    public IReadOnlyList<Scenario> Scenarios() => Root is null ? [] : Checkout.Scenarios(_engine, Root);

    /// <summary>A scenario's name in URLs and reports: its path in the checkout without the suffix.</summary>
    public string Name(Scenario scenario) => Checkout.ScenarioName(scenario, Root!);

    /// <summary>The scenario with this name, or null; only scenarios the corpus lists are found, never another path.</summary>
    public Scenario? Find(string name) => Scenarios().FirstOrDefault(s => string.Equals(Name(s), name, StringComparison.Ordinal));
}
