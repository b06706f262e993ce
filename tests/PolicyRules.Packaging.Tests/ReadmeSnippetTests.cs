using System.Text.RegularExpressions;
using PolicyRules.Testing;

namespace PolicyRules.Packaging.Tests;

/// <summary>README code marked `&lt;!-- include: path --&gt;` must be the compiled file, byte for byte, so the docs cannot rot.</summary>
public sealed partial class ReadmeSnippetTests
{
    [GeneratedRegex(@"<!-- include: (?<path>[^ ]+) -->\n```[a-z]*\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Include();

    [Fact]
    public void Readme_IncludedCode_IsTheCompiledFile()
    {
        var readme = File.ReadAllText(TestPaths.InRepository("README.md")).ReplaceLineEndings("\n");

        var includes = Include().Matches(readme);

        Assert.NotEmpty(includes);
        Assert.All(includes, m => Assert.Equal(
            File.ReadAllText(TestPaths.InRepository(m.Groups["path"].Value)).ReplaceLineEndings("\n"),
            m.Groups["code"].Value));
    }
}
