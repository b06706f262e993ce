using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using PolicyRules.Testing;
using Xunit.Abstractions;

namespace PolicyRules.Packaging.Tests;

/// <summary>
/// `dotnet pack` the six shipped packages into a temporary feed, then build and run a new application that references
/// them from that feed only (plus the public registry for third-party packages): it evaluates a case with the built-in
/// rule sets and a rule of its own, through the engine and through dependency injection. When the packed PolicyRules
/// carries the analyzers, an uncited rule must fail the application's build with PR0005. The packed tool is installed
/// with `dotnet tool install` and verifies and serves the application's own rule set.
/// </summary>
public sealed class PackageConsumptionTests(ITestOutputHelper output)
{
    private static readonly string[] Shipped =
    [
        "src/PolicyRules.Model/PolicyRules.Model.csproj",
        "src/PolicyRules/PolicyRules.csproj",
        "rules/PolicyRules.Rules.Interpol/PolicyRules.Rules.Interpol.csproj",
        "rules/PolicyRules.Rules.UsExtradition/PolicyRules.Rules.UsExtradition.csproj",
        "rules/PolicyRules.Rules.UsImmigration/PolicyRules.Rules.UsImmigration.csproj",
        "src/PolicyRules.Cli/PolicyRules.Cli.csproj",
    ];

    [Fact]
    public async Task Packages_FreshApplication_BuildsEvaluatesAndIsCheckedByTheAnalyzers()
    {
        using var work = TestPaths.NewTempFolder();
        var clock = Stopwatch.StartNew();

        // A unique prerelease version per run, so a package cached by an earlier run can never stand in for this one.
        var version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var sources = CopySources(work.File("src"));
        var feed = Directory.CreateDirectory(work.File("feed")).FullName;
        // One pack of a solution holding the shipped projects: one restore and one build graph instead of one per project.
        File.WriteAllText(Path.Combine(sources, "Pack.slnx"), $"<Solution>{string.Concat(Shipped.Select(p => $"<Project Path=\"{p}\" />"))}</Solution>");
        await Dotnet(sources, $"pack Pack.slnx -c Release -o {feed} -p:Version={version} -nologo -v q");

        var packages = Directory.GetFiles(feed).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        foreach (var id in new[] { "PolicyRules.Model", "PolicyRules", "PolicyRules.Rules.Interpol", "PolicyRules.Rules.UsExtradition", "PolicyRules.Rules.UsImmigration", "PolicyRules.Cli" })
        {
            Assert.Contains($"{id}.{version}.nupkg", packages);
            Assert.Contains($"{id}.{version}.snupkg", packages);
        }

        var engineEntries = Entries(Path.Combine(feed, $"PolicyRules.{version}.nupkg"));
        Assert.Contains("lib/net10.0/PolicyRules.dll", engineEntries);
        Assert.Contains("README.md", engineEntries);
        // Each analyzer's help link (docs/analyzers/PRnnnn.md) names a page the package carries at that same path.
        var helpPages = Directory.GetFiles(TestPaths.InRepository("docs", "analyzers"), "PR*.md").Select(p => "docs/analyzers/" + Path.GetFileName(p)).ToList();
        Assert.NotEmpty(helpPages);
        Assert.All(helpPages, page => Assert.Contains(page, engineEntries));
        // The embeddable engine depends on the model and its own runtime needs; developer tooling (DiffPlex, snapshots) stays out.
        var engineDependencies = Dependencies(Path.Combine(feed, $"PolicyRules.{version}.nupkg"));
        Assert.Equal(["FastExpressionCompiler", "Microsoft.Extensions.DependencyInjection.Abstractions", "NRules", "PolicyRules.Model"], engineDependencies);
        var hasAnalyzers = engineEntries.Contains("analyzers/dotnet/cs/PolicyRules.Analyzers.dll");
        output.WriteLine(hasAnalyzers ? "analyzers packed: checking an uncited rule fails the build" : "analyzers not in the tree yet: skipping the analyzer check");
        Assert.Contains("tools/net10.0/any/PolicyRules.Cli.dll", Entries(Path.Combine(feed, $"PolicyRules.Cli.{version}.nupkg")));

        var app = MakeApplication(work.File("app"), feed, version);
        var caseFile = TestPaths.InRepository("rules", "PolicyRules.Rules.Interpol", "Scenarios", "motivating-case.case.json");
        await Dotnet(app, "build -nologo -v q");
        var run = await Dotnet(app, $"run --no-build -- {caseFile}");
        Assert.Matches(@"interpol [0-9.]+: Review", run);
        // The app's own rule set is loaded and judged beside the built-in ones (whether HSE-0001 fires depends on the case's penalties).
        Assert.Contains("house 1.0.0: Review", run, StringComparison.Ordinal);
        Assert.Contains("via DI: interpol Review, house Review", run, StringComparison.Ordinal);

        await InstalledToolVerifiesAndServesTheApplicationsRuleSet(work.Path, feed, version, app);

        if (hasAnalyzers)
        {
            File.WriteAllText(Path.Combine(app, "HouseRules", "UncitedRule.cs"), UncitedRule);
            var failed = await Dotnet(app, "build -nologo -v q", expectSuccess: false);
            Assert.Contains("PR0005", failed, StringComparison.Ordinal);
            Assert.Contains("UncitedRule", failed, StringComparison.Ordinal);
        }

        output.WriteLine($"package test took {clock.Elapsed.TotalSeconds:0} s");
    }

    /// <summary>The package IDs a package's nuspec depends on, sorted.</summary>
    private static List<string> Dependencies(string nupkg)
    {
        using var archive = ZipFile.OpenRead(nupkg);
        var nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var document = System.Xml.Linq.XDocument.Load(stream);
        return document.Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => (string)e.Attribute("id")!).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The sources a pack needs, without bin/obj, as a clean clone would have them.</summary>
    private static string CopySources(string target)
    {
        string[] files = ["global.json", "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", ".editorconfig", "README.md"];
        foreach (var file in files)
        {
            Directory.CreateDirectory(target);
            File.Copy(TestPaths.InRepository(file), Path.Combine(target, file));
        }

        foreach (var folder in new[] { "src", "rules", "analyzers", "docs/analyzers" })
        {
            var from = TestPaths.InRepository(folder);
            if (!Directory.Exists(from))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(TestPaths.RepositoryRoot, file);
                var parts = relative.Split(Path.DirectorySeparatorChar);
                if (parts.Contains("bin") || parts.Contains("obj") || relative.Contains(".received.", StringComparison.Ordinal))
                {
                    continue;
                }

                var to = Path.Combine(target, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
        }

        return target;
    }

    private static string MakeApplication(string app, string feed, string version)
    {
        Directory.CreateDirectory(Path.Combine(app, "HouseRules"));
        var sample = TestPaths.InRepository("samples", "PolicyRules.Sample");
        File.Copy(Path.Combine(sample, "Program.cs"), Path.Combine(app, "Program.cs"));
        foreach (var file in Directory.GetFiles(Path.Combine(sample, "HouseRules"), "*.cs"))
        {
            File.Copy(file, Path.Combine(app, "HouseRules", Path.GetFileName(file)));
        }

        // The sample's scenarios, which the installed tool finds beside the project with --rules.
        Directory.CreateDirectory(Path.Combine(app, "Scenarios"));
        foreach (var file in Directory.GetFiles(Path.Combine(sample, "Scenarios"), "*.json").Where(f => !f.Contains(".received.", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(app, "Scenarios", Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local"><package pattern="PolicyRules*" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, "SampleApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>PolicyRules.Sample</RootNamespace>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PolicyRules" Version="{version}" />
                <PackageReference Include="PolicyRules.Rules.Interpol" Version="{version}" />
                <PackageReference Include="PolicyRules.Rules.UsExtradition" Version="{version}" />
                <PackageReference Include="PolicyRules.Rules.UsImmigration" Version="{version}" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.0" />
              </ItemGroup>
            </Project>
            """);
        return app;
    }

    private static HashSet<string> Entries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    /// <summary>Runs dotnet as a real process; returns its output, and fails the test with it when the exit code is unexpected.</summary>
    private async Task<string> Dotnet(string directory, string arguments, bool expectSuccess = true) =>
        (await Run("dotnet", directory, arguments, expectSuccess)).Text;

    /// <summary>Runs a program as a real process; fails the test with its output when the exit code is unexpected.</summary>
    private async Task<(string Text, string Out)> Run(string program, string directory, string arguments, bool expectSuccess = true)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"`{Path.GetFileName(program)} {arguments}` in {directory} took more than 8 minutes and was stopped.");
        }

        var text = new StringBuilder().Append(await stdout).Append(await stderr).ToString();
        output.WriteLine($"$ {Path.GetFileName(program)} {arguments}  (exit {process.ExitCode})");
        if ((process.ExitCode == 0) != expectSuccess)
        {
            Assert.Fail($"`{Path.GetFileName(program)} {arguments}` in {directory} exited {process.ExitCode}:\n{text}");
        }

        return (text, await stdout);
    }

    /// <summary>
    /// Installs the packed tool from the feed into a folder of its own, as a user would (`dotnet tool install`), and has it
    /// verify and serve the application's own rule set, found by --rules from the application's project folder.
    /// </summary>
    private async Task InstalledToolVerifiesAndServesTheApplicationsRuleSet(string work, string feed, string version, string app)
    {
        var tools = work + "/tools";
        await Dotnet(work, $"tool install PolicyRules.Cli --tool-path {tools} --add-source {feed} --version {version}");
        var policyrules = Path.Combine(tools, OperatingSystem.IsWindows() ? "policyrules.exe" : "policyrules");

        var (help, _) = await Run(policyrules, work, "--help");
        Assert.Contains("policyrules [command] [options]", help, StringComparison.Ordinal);

        var (verified, verifiedOut) = await Run(policyrules, work, $"verify --rules {app}");
        Assert.Contains("verify: 2 scenarios, 2 match, 0 differ, 0 missing, 0 errors.", verifiedOut, StringComparison.Ordinal);
        Assert.DoesNotContain("motivating-case", verified, StringComparison.Ordinal);

        // Serve the same rule set on a port the system picks, read the address the server prints, and ask it over HTTP.
        var start = new ProcessStartInfo(policyrules) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = work };
        foreach (var arg in new[] { "serve", "--rules", app, "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(arg);
        }

        using var server = new Process { StartInfo = start };
        var seen = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(string? line)
        {
            lock (seen)
            {
                seen.AppendLine(line);
            }

            var at = line?.IndexOf("Now listening on: ", StringComparison.Ordinal) ?? -1;
            if (at >= 0)
            {
                listening.TrySetResult(new Uri(line![(at + "Now listening on: ".Length)..].Trim()));
            }
        }

        server.OutputDataReceived += (_, e) => Read(e.Data);
        server.ErrorDataReceived += (_, e) => Read(e.Data);
        server.Start();
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            var first = await Task.WhenAny(listening.Task, server.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(2)));
            Assert.True(first == listening.Task, $"the installed tool's server did not start listening:\n{seen}");
            using var http = new HttpClient { BaseAddress = await listening.Task };
            var rules = await http.GetStringAsync(new Uri("/v1/rules", UriKind.Relative));
            Assert.Contains("HSE-0001", rules, StringComparison.Ordinal);
            Assert.DoesNotContain("INT-0101", rules, StringComparison.Ordinal);
            output.WriteLine("installed tool: verify 2 of 2 and serve /v1/rules with the application's own rule set");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private const string UncitedRule = """
        using NRules.Fluent.Dsl;
        using PolicyRules.Authoring;
        using PolicyRules.Facts;

        namespace PolicyRules.Sample.HouseRules;

        [Name("HSE-0002")]
        [Description("A rule that forgot to cite the provision it encodes.")]
        [EffectiveFrom("2020-01-01")]
        internal sealed class UncitedRule : PolicyRule
        {
            public override void Define()
            {
                Charge charge = default!;

                When()
                    .Match(() => charge, c => c.MaxPenaltyMonths > 600);

                Then()
                    .Yield(ctx => ctx.Note("A very long sentence.", charge));
            }
        }
        """;
}
