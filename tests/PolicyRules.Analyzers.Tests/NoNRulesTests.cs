using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PolicyRules.Analyzers.Tests;

/// <summary>Projects that do not reference NRules pay nothing: no diagnostics, no analyzer failures.</summary>
public sealed class NoNRulesTests
{
    [Fact]
    public async Task CompilationWithoutNRules_LookalikeCode_NoDiagnostic()
    {
        var source = """
            using System;

            namespace Lookalike;

            public class Rule
            {
                public virtual void Define() { }
            }

            internal class MyRule : Rule
            {
                private static int counter;

                public override void Define() => Console.WriteLine(DateTime.Now.ToString() + counter++);
            }
            """;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "System.Console.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("NoNRules", [CSharpSyntaxTree.ParseText(source)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var analyzers = typeof(DiagnosticIds).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !t.IsAbstract)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        var failures = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), (exception, _, _) => failures.Add(exception), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(diagnostics);
        Assert.Empty(failures);
        Assert.Equal(7, analyzers.Length);
    }
}
