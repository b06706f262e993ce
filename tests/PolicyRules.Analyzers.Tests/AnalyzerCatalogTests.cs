using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PolicyRules.Testing;

namespace PolicyRules.Analyzers.Tests;

/// <summary>Every diagnostic has its docs page, its release-tracking row and its help link; IDs follow the ranges.</summary>
public sealed partial class AnalyzerCatalogTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = typeof(DiagnosticIds).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !t.IsAbstract)
        .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
        .ToArray();

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in Descriptors.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    [Fact]
    public void EveryIdConstant_IsSupportedByExactlyOneAnalyzer()
    {
        var constants = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name != nameof(DiagnosticIds.HelpLinkBase))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(constants, Descriptors.Select(d => d.Id).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(constants.Length, constants.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_HasHelpLinkToItsDocsPage_AndErrorSeverity(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        Assert.Equal(DiagnosticIds.HelpLink(id), descriptor.HelpLinkUri);
        Assert.Equal("docs/analyzers/" + id + ".md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(Path.Combine(TestPaths.RepositoryRoot, descriptor.HelpLinkUri)), $"{descriptor.HelpLinkUri} does not exist in the repository");
        Assert.Equal(DiagnosticSeverity.Error, descriptor.DefaultSeverity);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.Contains("'{0}'", descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_IsInItsCategoryRange(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        Assert.Matches(IdPattern(), id);
        var expected = id[2..4] switch
        {
            "00" => DiagnosticCategories.Metadata,
            "01" => DiagnosticCategories.Shape,
            "02" => DiagnosticCategories.Determinism,
            "03" => DiagnosticCategories.Actions,
            "04" => DiagnosticCategories.Facts,
            _ => "no category range",
        };
        Assert.Equal(expected, descriptor.Category);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void DocsPage_ExistsWithEverySection_AndIsIndexed(string id)
    {
        var page = Path.Combine(TestPaths.RepositoryRoot, "docs", "analyzers", id + ".md");
        Assert.True(File.Exists(page), "missing " + page);
        var text = File.ReadAllText(page);
        Assert.StartsWith("# " + id + ":", text, StringComparison.Ordinal);
        foreach (var section in new[] { "## Cause", "## Why it matters", "## How to fix", "## Violates", "## Does not violate", "## Suppression" })
        {
            Assert.Contains("\n" + section + "\n", text, StringComparison.Ordinal);
        }

        var index = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "analyzers", "README.md"));
        Assert.Contains("[" + id + "](" + id + ".md)", index, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void ReleaseTracking_HasARowWithCategoryAndSeverity(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        var folder = Path.Combine(TestPaths.RepositoryRoot, "analyzers", "PolicyRules.Analyzers");
        var rows = File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Unshipped.md")))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .Where(c => c.Length >= 3 && c[0] == id)
            .ToArray();
        var row = Assert.Single(rows);
        Assert.Equal(descriptor.Category, row[1]);
        Assert.Equal("Error", row[2]);
    }

    [Fact]
    public void CompilationEndDiagnostics_AreTagged()
    {
        var duplicate = Descriptors.Single(d => d.Id == DiagnosticIds.DuplicateRuleId);
        Assert.Contains(WellKnownDiagnosticTags.CompilationEnd, duplicate.CustomTags);
    }

    [GeneratedRegex("^PR[0-9]{4}$")]
    private static partial Regex IdPattern();
}
