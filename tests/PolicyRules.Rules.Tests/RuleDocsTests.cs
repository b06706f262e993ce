using PolicyRules.Snapshots;
using PolicyRules.Testing;

namespace PolicyRules.Rules.Tests;

/// <summary>The committed generated files (docs/rules, the case schema and vocabulary) are exactly what `policyrules regen` writes.</summary>
public sealed class RuleDocsTests
{
    [Fact]
    public void Committed_generated_files_are_up_to_date()
    {
        var files = GeneratedFiles.All(ScenarioCorpusTests.Engine, RuleCoverageTests.Coverage);

        var stale = GeneratedFiles.Stale(TestPaths.RepositoryRoot, files);

        Assert.True(
            stale.Count == 0,
            $"{stale.Count} generated file(s) are stale: {string.Join(", ", stale)}. Regenerate them with `dotnet run --project src/PolicyRules.Cli -- regen`, read the diff and commit it.");
    }
}
