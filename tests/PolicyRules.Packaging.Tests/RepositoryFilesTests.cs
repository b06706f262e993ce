using System.Text.RegularExpressions;
using System.Xml.Linq;
using PolicyRules.Testing;

namespace PolicyRules.Packaging.Tests;

/// <summary>The files a user of the repository or the packages looks for first: licence, changelog, how to contribute, security.</summary>
public sealed partial class RepositoryFilesTests
{
    private static readonly string[] FrontFiles = ["README.md", "LICENSE", "CHANGELOG.md", "CONTRIBUTING.md", "SECURITY.md"];

    [GeneratedRegex(@"\]\((?<target>[^)\s#]+)(?:#[^)]*)?\)")]
    private static partial Regex MarkdownLink();

    private static string BuildProperty(string name) =>
        XDocument.Load(TestPaths.InRepository("Directory.Build.props")).Descendants(name).Single().Value;

    [Fact]
    public void The_licence_file_is_the_licence_the_packages_declare()
    {
        var licence = File.ReadAllText(TestPaths.InRepository("LICENSE"));

        Assert.Equal("MIT", BuildProperty("PackageLicenseExpression"));
        Assert.StartsWith("MIT License\n", licence.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Permission is hereby granted, free of charge", licence, StringComparison.Ordinal);
        Assert.Contains(BuildProperty("Authors"), licence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_changelog_has_an_unreleased_section_and_one_for_the_current_version()
    {
        var changelog = File.ReadAllText(TestPaths.InRepository("CHANGELOG.md"));

        Assert.Contains("\n## [Unreleased]\n", changelog.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Matches($@"\n## \[{Regex.Escape(BuildProperty("Version"))}\] - \d{{4}}-\d{{2}}-\d{{2}}\n", changelog.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Every_relative_link_in_the_front_files_and_the_cli_page_resolves()
    {
        var broken = new List<string>();
        foreach (var file in FrontFiles.Where(f => f.EndsWith(".md", StringComparison.Ordinal)).Append("docs/cli.md"))
        {
            var folder = Path.GetDirectoryName(TestPaths.InRepository(file))!;
            foreach (Match link in MarkdownLink().Matches(File.ReadAllText(TestPaths.InRepository(file))))
            {
                var target = link.Groups["target"].Value;
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var path = Path.GetFullPath(Path.Combine(folder, target));
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    broken.Add($"{file}: {target}");
                }
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void Security_policy_says_that_a_rule_set_given_by_path_runs_as_code()
    {
        var security = File.ReadAllText(TestPaths.InRepository("SECURITY.md"));

        Assert.Contains("--rules PATH", security, StringComparison.Ordinal);
        Assert.Contains("Load only rule sets you would run as a program", security, StringComparison.Ordinal);
    }
}
