using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace PolicyRules.Analyzers.CodeFixes;

/// <summary>
/// PR0201 on <c>DateTime.Now</c>, <c>DateTime.UtcNow</c> or <c>DateTime.Today</c> inside a When()/Then() lambda of
/// <c>Define()</c>: replaces the read with the case's as-of date, <c>evaluation.AsOf.ToDateTime(TimeOnly.MinValue)</c>
/// (midnight of the as-of day; the expression stays a <c>DateTime</c>, so surrounding code still compiles);
/// <c>DateOnly.FromDateTime(DateTime.Today)</c> and the like become plain <c>evaluation.AsOf</c>.
/// <c>evaluation</c> is the first local of type <c>PolicyRules.Facts.Evaluation</c> declared in Define(); when there is
/// none, the fix declares <c>Evaluation evaluation = null!;</c> at the top of Define(). When that local is not yet bound
/// by a <c>Match(() => evaluation)</c>, the fix binds it by turning the first <c>When()</c> into
/// <c>When().Match(() => evaluation)</c>. Reads outside lambdas (run once, when the rule is defined) and in other
/// members are left alone: there is no evaluation to read there.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseAsOfDateFixer)), Shared]
public sealed class UseAsOfDateFixer : CodeFixProvider
{
    public const string EquivalenceKey = "UseEvaluationAsOf";
    private const string EvaluationType = "PolicyRules.Facts.Evaluation";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NonDeterministicCall);

    public override FixAllProvider GetFixAllProvider() => DocumentFixAll.Create(FixAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || FindTarget(root, diagnostic) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Use the case's as-of date (Evaluation.AsOf)", ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct), EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>The clock read to replace and the Define() method it sits in, or null when the fix does not apply.</summary>
    private static (ExpressionSyntax Read, MethodDeclarationSyntax Define)? FindTarget(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(DeterminismAnalyzer.FixProperty, out var fix) || fix != DeterminismAnalyzer.AsOfFixValue)
        {
            return null;
        }

        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (node is not ExpressionSyntax read)
        {
            return null;
        }

        var lambda = read.Ancestors().OfType<LambdaExpressionSyntax>().FirstOrDefault();
        var define = read.Ancestors().OfType<MethodDeclarationSyntax>().FirstOrDefault();
        return lambda is not null && define is { Identifier.ValueText: "Define", Body: not null } && define.Contains(lambda)
            ? (read, define)
            : null;
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken ct)
    {
        var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(ct).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var byDefine = new Dictionary<MethodDeclarationSyntax, List<ExpressionSyntax>>();
        foreach (var diagnostic in diagnostics)
        {
            if (FindTarget(root, diagnostic) is { } target)
            {
                if (!byDefine.TryGetValue(target.Define, out var reads))
                {
                    byDefine[target.Define] = reads = new List<ExpressionSyntax>();
                }

                reads.Add(target.Read);
            }
        }

        var newRoot = root.ReplaceNodes(byDefine.Keys, (original, _) => FixDefine(original, byDefine[original], model, ct));
        return document.WithSyntaxRoot(newRoot);
    }

    private static MethodDeclarationSyntax FixDefine(MethodDeclarationSyntax define, List<ExpressionSyntax> reads, SemanticModel model, CancellationToken ct)
    {
        var (name, declared) = FindEvaluationLocal(define, model, ct);
        var bound = declared && IsBound(define, name);
        var when = bound ? null : FirstWhenCall(define);

        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var read in reads)
        {
            if (AsDateOnlyConversion(read) is { } conversion)
            {
                // DateOnly.FromDateTime(DateTime.Today) is just the as-of date.
                replacements[conversion] = SyntaxFactory.ParseExpression(name + ".AsOf").WithTriviaFrom(conversion);
                continue;
            }

            var timeOnly = model.LookupNamespacesAndTypes(read.SpanStart, name: "TimeOnly").Any(s => s.ToDisplayString() == "System.TimeOnly")
                ? "TimeOnly"
                : "System.TimeOnly";
            replacements[read] = SyntaxFactory.ParseExpression(name + ".AsOf.ToDateTime(" + timeOnly + ".MinValue)").WithTriviaFrom(read);
        }

        if (when is not null)
        {
            replacements[when] = SyntaxFactory.ParseExpression("When().Match(() => " + name + ")").WithTriviaFrom(when);
        }

        var updated = define.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
        var body = updated.Body!;
        var statements = body.Statements;
        var newLine = SyntaxHelpers.DetectNewLine(define);
        var indentation = statements.Count > 0 ? statements[0].GetLeadingTrivia() : SyntaxFactory.TriviaList();

        if (!bound && when is null)
        {
            // No When() to extend: bind the evaluation in a When() of its own; NRules appends to the same conditions.
            var match = SyntaxFactory.ParseStatement("When().Match(() => " + name + ");").WithLeadingTrivia(indentation).WithTrailingTrivia(newLine);
            statements = statements.Insert(0, match);
        }

        if (!declared)
        {
            var declaration = SyntaxFactory.ParseStatement("global::" + EvaluationType + " " + name + " = null!;")
                .WithAdditionalAnnotations(Simplifier.Annotation)
                .WithLeadingTrivia(indentation)
                .WithTrailingTrivia(newLine);
            statements = statements.Insert(0, declaration);
        }

        return updated.WithBody(body.WithStatements(statements));
    }

    /// <summary>The enclosing <c>DateOnly.FromDateTime(read)</c> call, if the clock read is its only argument.</summary>
    private static InvocationExpressionSyntax? AsDateOnlyConversion(ExpressionSyntax read) =>
        read.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax call } }
        && call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "FromDateTime", Expression: var target }
        && target.ToString() is "DateOnly" or "System.DateOnly" or "global::System.DateOnly"
            ? call
            : null;

    private static (string Name, bool Declared) FindEvaluationLocal(MethodDeclarationSyntax define, SemanticModel model, CancellationToken ct)
    {
        var taken = new HashSet<string>();
        foreach (var declarator in define.Body!.DescendantNodes().OfType<VariableDeclaratorSyntax>())
        {
            taken.Add(declarator.Identifier.ValueText);
            if (model.GetDeclaredSymbol(declarator, ct) is ILocalSymbol local && local.Type.ToDisplayString() == EvaluationType)
            {
                return (local.Name, true);
            }
        }

        foreach (var parameter in define.DescendantNodes().OfType<ParameterSyntax>())
        {
            taken.Add(parameter.Identifier.ValueText);
        }

        var name = "evaluation";
        for (var i = 1; taken.Contains(name); i++)
        {
            name = "evaluation" + i;
        }

        return (name, false);
    }

    /// <summary>True when Define() already has <c>Match(() => name, ...)</c>.</summary>
    private static bool IsBound(MethodDeclarationSyntax define, string name) =>
        define.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(call =>
            call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Match" }
            && call.ArgumentList.Arguments.FirstOrDefault()?.Expression is ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 0, ExpressionBody: IdentifierNameSyntax id }
            && id.Identifier.ValueText == name);

    private static InvocationExpressionSyntax? FirstWhenCall(MethodDeclarationSyntax define) =>
        define.DescendantNodes().OfType<InvocationExpressionSyntax>().FirstOrDefault(call =>
            call.Expression is IdentifierNameSyntax { Identifier.ValueText: "When" } && call.ArgumentList.Arguments.Count == 0);
}
