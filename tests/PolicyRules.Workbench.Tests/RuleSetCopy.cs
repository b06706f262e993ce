using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PolicyRules.Engine;
using PolicyRules.Snapshots;
using PolicyRules.Testing;

namespace PolicyRules.Workbench.Tests;

/// <summary>
/// A temporary checkout with a rule set of its own: the sample's house rules copied from samples/, compiled in memory
/// (Roslyn, as the build would) and loaded, plus scenarios whose verdicts were approved under the rules as copied. A test
/// then edits the copy (e.g. a rule's effect), compiles it again and serves the changed rules over the same scenarios,
/// which is what a legal engineer's working tree looks like after changing a rule.
/// </summary>
internal sealed class RuleSetCopy : IDisposable
{
    /// <summary>The assembly name, which names the folder the scenarios live in (rules/&lt;assembly&gt;/Scenarios).</summary>
    public const string AssemblyName = "PolicyRules.Sample.HouseRules";

    private static readonly string SourceFolder = TestPaths.InRepository("samples", "PolicyRules.Sample", "HouseRules");
    private readonly TestPaths.TempFolder _folder = TestPaths.NewTempFolder();

    public RuleSetCopy()
    {
        foreach (var file in Directory.GetFiles(SourceFolder, "*.cs"))
        {
            File.Copy(file, Path.Combine(SourcesFolder, Path.GetFileName(file)));
        }
    }

    /// <summary>The checkout's root (what the server gets as PolicyRules:Workspace).</summary>
    public string Root => _folder.Path;

    public string SourcesFolder => Directory.CreateDirectory(Path.Combine(Root, "rules", AssemblyName, "Rules")).FullName;

    public string ScenariosFolder => Directory.CreateDirectory(Path.Combine(Root, "rules", AssemblyName, "Scenarios")).FullName;

    /// <summary>Replaces text in one copied rule file; fails when the text is not there, so the edit cannot silently miss.</summary>
    public void Edit(string fileName, string oldText, string newText)
    {
        var path = Path.Combine(SourcesFolder, fileName);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>Compiles the copied sources and builds an engine over them.</summary>
    public PolicyEngine CompileEngine()
    {
        var trees = Directory.GetFiles(SourcesFolder, "*.cs").Order(StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Latest), f));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat([typeof(PolicyEngine).Assembly.Location, typeof(Facts.Charge).Assembly.Location, typeof(NRules.Fluent.Dsl.Rule).Assembly.Location, typeof(NRules.RuleModel.IRuleDefinition).Assembly.Location])
            .Distinct(StringComparer.Ordinal)
            .Select(p => MetadataReference.CreateFromFile(p));
        // The repository's projects use implicit usings; the copy gets the same ones.
        var implicitUsings = CSharpSyntaxTree.ParseText("global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\n");
        var compilation = CSharpCompilation.Create(
            AssemblyName,
            [.. trees, implicitUsings],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return PolicyEngine.Create(Assembly.Load(image.ToArray()));
    }

    /// <summary>Writes a scenario (a case) with its verdict approved under <paramref name="engine"/>, as `approve` would leave it.</summary>
    public Scenario AddApprovedScenario(PolicyEngine engine, string name, string caseJson)
    {
        var scenario = new Scenario(Path.Combine(ScenariosFolder, name + Scenario.CaseSuffix), "house");
        File.WriteAllText(scenario.CasePath, caseJson);
        File.WriteAllText(scenario.VerdictPath, VerdictSnapshots.Render(engine.Evaluate(Cases.CaseReader.ReadFile(scenario.CasePath)), scenario.RuleSet));
        return scenario;
    }

    /// <summary>Every scenario of the copy, found as `policyrules verify` finds them.</summary>
    public IReadOnlyList<Scenario> Scenarios(PolicyEngine engine) => Checkout.Scenarios(engine, Root);

    public void Dispose() => _folder.Dispose();
}
