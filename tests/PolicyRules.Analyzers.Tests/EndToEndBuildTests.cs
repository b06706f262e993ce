using System.Diagnostics;
using System.Text;
using PolicyRules.Testing;

namespace PolicyRules.Analyzers.Tests;

/// <summary>
/// Proves the analyzers really load in a command-line build: writes a small rules project to a temp folder, referencing
/// the real src/PolicyRules project and the analyzer project exactly as rules/Directory.Build.props does, and runs
/// <c>dotnet build</c> as a separate process.
/// </summary>
/// <remarks>
/// The temp folder gets its own Directory.Build.props and Directory.Packages.props on purpose, so the project never
/// inherits whatever happens to sit above the temp directory; they set only what the test relies on: net10.0 and
/// CS9057/CS8032 as errors, as in the repository. Packages come from the local NuGet cache (NRules is already restored
/// for this test project), so the test needs no network.
/// </remarks>
[Trait("Category", "EndToEnd")]
public sealed class EndToEndBuildTests
{
    private const string UncitedRule = """
        using NRules.Fluent.Dsl;
        using PolicyRules.Authoring;
        using PolicyRules.Facts;

        namespace E2E.Rules;

        [Name("EE-0001")]
        [Description("Charges without a stated maximum penalty go to review.")]
        [EffectiveFrom("2012-07-01")]
        internal sealed class UncitedRule : PolicyRule
        {
            public override void Define()
            {
                Charge charge = default!;
                When().Match(() => charge, c => c.MaxPenaltyMonths == null);
                Then().Yield(ctx => ctx.Review("The charge states no maximum penalty.", charge));
            }
        }
        """;

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly string CitedRule = UncitedRule.Replace(
        "[EffectiveFrom(\"2012-07-01\")]",
        "[Citation(\"RPD\", \"Art. 83(1)(a)(ii)\", Authority.Confirmed)]\n[EffectiveFrom(\"2012-07-01\")]",
        StringComparison.Ordinal);

    [Fact]
    public void RulesProject_BuildFailsOnUncitedRule_AndPassesOnceCited()
    {
        var folder = Directory.CreateTempSubdirectory("policyrules-e2e-");
        try
        {
            WriteProject(folder.FullName);
            var rulePath = Path.Combine(folder.FullName, "UncitedRule.cs");

            File.WriteAllText(rulePath, UncitedRule);
            var failed = Build(folder.FullName, restore: true);
            Assert.True(failed.ExitCode != 0, "the build with an uncited rule should fail:\n" + failed.Output);
            Assert.Contains("error PR0005: Rule 'UncitedRule' cites no legal source", failed.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("CS9057", failed.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("CS8032", failed.Output, StringComparison.Ordinal);

            File.WriteAllText(rulePath, CitedRule);
            var passed = Build(folder.FullName, restore: false);
            Assert.True(passed.ExitCode == 0, "the build with a cited rule should pass:\n" + passed.Output);
            Assert.DoesNotContain(": error ", passed.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(": warning ", passed.Output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void WriteProject(string folder)
    {
        var root = TestPaths.RepositoryRoot;
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), """
            <Project>
              <!-- Stops MSBuild from importing anything above the temp folder. -->
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <WarningsAsErrors>$(WarningsAsErrors);CS9057;CS8032</WarningsAsErrors>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />\n");
        File.Copy(Path.Combine(root, "global.json"), Path.Combine(folder, "global.json"));
        File.WriteAllText(Path.Combine(folder, "E2E.Rules.csproj"), $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="{{Path.Combine(root, "src", "PolicyRules", "PolicyRules.csproj")}}" />
                <ProjectReference Include="{{Path.Combine(root, "analyzers", "PolicyRules.Analyzers", "PolicyRules.Analyzers.csproj")}}"
                                  OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>
            """);
    }

    /// <summary>
    /// Builds the temp project only (<c>--no-dependencies</c>): this test project already built PolicyRules and the
    /// analyzers in the same configuration (see its ProjectReferences), so the child build just compiles the rules.
    /// </summary>
    private static (int ExitCode, string Output) Build(string folder, bool restore)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", "E2E.Rules.csproj", "--nologo", "--no-dependencies", "-c", Configuration, "-nodeReuse:false", "-v:q" })
        {
            start.ArgumentList.Add(argument);
        }

        if (!restore)
        {
            start.ArgumentList.Add("--no-restore");
        }

        // The test host may run inside an MSBuild-launched process; its settings must not leak into the child build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet build did not finish in 3 minutes:\n" + output);
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }
}
