using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace PolicyRules.Analyzers.Tests;

/// <summary>The one place that knows how test compilations are set up: .NET 8 reference pack, NRules, the stand-ins.</summary>
internal static class TestSetup
{
    // Net80 resolves Microsoft.NETCore.App.Ref 8.0.0, which the package feed serves; Net100 pins 10.0.1, which it does not.
    public static readonly ReferenceAssemblies References = ReferenceAssemblies.Net.Net80;

    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using NRules.Fluent.Dsl;
        using PolicyRules;
        using PolicyRules.Authoring;
        using PolicyRules.Facts;

        """;

    public static void Configure(SolutionState state)
    {
        state.Sources.Add((StandIns.FileName, StandIns.Source));
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(NRules.Fluent.Dsl.Rule).Assembly.Location));
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(NRules.RuleModel.IContext).Assembly.Location));
    }
}

internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>Runs the analyzer over <paramref name="source"/> (prefixed with <see cref="TestSetup.Usings"/>) and checks the markup and <paramref name="expected"/>.</summary>
    public static Task Diagnostics(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = TestSetup.References,
            TestCode = TestSetup.Usings + source,
        };
        TestSetup.Configure(test.TestState);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task NoDiagnostics(string source) => Diagnostics(source);

    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id);
}

internal static class VerifyFix<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>
    /// Applies the fix with <paramref name="equivalenceKey"/> to every marked diagnostic one at a time and checks
    /// <paramref name="fixedSource"/>; then checks Fix All gives <paramref name="batchFixedSource"/> (or the same result).
    /// </summary>
    public static Task Fix(string source, string fixedSource, string? equivalenceKey = null, string? batchFixedSource = null,
        int? iterations = null, params DiagnosticResult[] remaining)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = TestSetup.References,
            TestCode = TestSetup.Usings + source,
            FixedCode = TestSetup.Usings + fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        if (batchFixedSource is not null)
        {
            test.BatchFixedCode = TestSetup.Usings + batchFixedSource;
        }

        if (iterations is { } n)
        {
            test.NumberOfIncrementalIterations = n;
            test.NumberOfFixAllIterations = 1;
        }

        TestSetup.Configure(test.TestState);
        TestSetup.Configure(test.FixedState);

        // Markup in the fixed code states what is still reported after the fix, fixable IDs included.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.BatchFixedState.MarkupHandling = MarkupMode.Allow;
        if (batchFixedSource is not null)
        {
            TestSetup.Configure(test.BatchFixedState);
        }

        test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        if (batchFixedSource is not null)
        {
            test.BatchFixedState.ExpectedDiagnostics.AddRange(remaining);
        }

        return test.RunAsync();
    }
}
