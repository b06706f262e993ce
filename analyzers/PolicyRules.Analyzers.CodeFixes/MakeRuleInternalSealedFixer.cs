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

namespace PolicyRules.Analyzers.CodeFixes;

/// <summary>
/// PR0101: rewrites the rule class's modifiers to start with <c>internal sealed</c>, dropping any other accessibility
/// modifier and keeping the rest (partial, unsafe, ...) in place. Fix All uses the batch fixer: one edit per class.
/// A rule nested in another class is left to the author: moving it to the top level is a file move, not a modifier edit.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeRuleInternalSealedFixer)), Shared]
public sealed class MakeRuleInternalSealedFixer : CodeFixProvider
{
    public const string EquivalenceKey = "MakeRuleInternalSealed";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.RuleClassNotInternalSealed);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<ClassDeclarationSyntax>().FirstOrDefault() is not { } declaration
                || declaration.Parent is TypeDeclarationSyntax)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Make rule class internal sealed", ct => FixAsync(context.Document, declaration, ct), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> FixAsync(Document document, ClassDeclarationSyntax declaration, CancellationToken ct)
    {
        var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var leading = declaration.Modifiers.Count > 0 ? declaration.Modifiers[0].LeadingTrivia : declaration.Keyword.LeadingTrivia;
        var kept = declaration.Modifiers.Where(m => !m.IsKind(SyntaxKind.PublicKeyword) && !m.IsKind(SyntaxKind.InternalKeyword)
            && !m.IsKind(SyntaxKind.PrivateKeyword) && !m.IsKind(SyntaxKind.ProtectedKeyword) && !m.IsKind(SyntaxKind.SealedKeyword))
            .Select(m => m.WithLeadingTrivia().WithTrailingTrivia(SyntaxFactory.Space));
        var modifiers = SyntaxFactory.TokenList(
            new[]
            {
                SyntaxFactory.Token(SyntaxKind.InternalKeyword).WithLeadingTrivia(leading).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.Token(SyntaxKind.SealedKeyword).WithTrailingTrivia(SyntaxFactory.Space),
            }.Concat(kept));
        var updated = declaration.WithModifiers(modifiers).WithKeyword(declaration.Keyword.WithLeadingTrivia());
        return document.WithSyntaxRoot(root.ReplaceNode(declaration, updated));
    }
}
