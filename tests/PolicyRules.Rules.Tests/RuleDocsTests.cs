using PolicyRules.Snapshots;
using PolicyRules.Testing;

namespace PolicyRules.Rules.Tests;

/// <summary>The committed pages under docs/rules are exactly what `policyrules docs` generates from the rules and the corpus.</summary>
public sealed class RuleDocsTests
{
    [Fact]
    public void Committed_rule_docs_are_up_to_date()
    {
        var pages = RuleDocs.Pages(ScenarioCorpusTests.Engine, RuleCoverageTests.Coverage);

        var stale = RuleDocs.Stale(TestPaths.RepositoryRoot, pages);

        Assert.True(
            stale.Count == 0,
            $"{stale.Count} page(s) under docs/rules are stale: {string.Join(", ", stale)}. Regenerate them with `dotnet run --project src/PolicyRules.Cli -- docs` and commit docs/rules/.");
    }
}
