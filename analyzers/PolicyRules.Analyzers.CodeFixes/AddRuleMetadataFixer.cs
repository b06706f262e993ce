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

namespace PolicyRules.Analyzers.CodeFixes;

/// <summary>
/// PR0001, PR0004, PR0005, PR0006: adds the missing attribute as a skeleton whose values start with TODO. The skeleton
/// compiles but fails the build with PR0009 until someone fills it in, so nobody ships a placeholder.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRuleMetadataFixer)), Shared]
public sealed class AddRuleMetadataFixer : CodeFixProvider
{
    private static readonly ImmutableDictionary<string, Skeleton> Skeletons = new Dictionary<string, Skeleton>
    {
        [DiagnosticIds.MissingRuleId] = new("Name", "Name(\"TODO\")", "NRules.Fluent.Dsl", "Add [Name(\"TODO\")] rule ID skeleton"),
        [DiagnosticIds.MissingDescription] = new("Description", "Description(\"TODO: say in one sentence what this rule decides\")", "NRules.Fluent.Dsl", "Add [Description] skeleton"),
        [DiagnosticIds.MissingCitation] = new("Citation", "Citation(\"TODO: instrument\", \"TODO: pinpoint\", Authority.Unconfirmed)", "PolicyRules.Authoring", "Add [Citation] skeleton"),
        [DiagnosticIds.MissingEffectiveFrom] = new("EffectiveFrom", "EffectiveFrom(\"TODO: yyyy-MM-dd\")", "PolicyRules.Authoring", "Add [EffectiveFrom] skeleton"),
    }.ToImmutableDictionary();

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = Skeletons.Keys.ToImmutableArray();

    public override FixAllProvider GetFixAllProvider() => DocumentFixAll.Create(FixAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || FindClass(root, diagnostic) is null || !Skeletons.TryGetValue(diagnostic.Id, out var skeleton))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(skeleton.Title, ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct), "Add" + skeleton.Attribute + "Skeleton"),
                diagnostic);
        }
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken ct)
    {
        var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(ct).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit || model is null)
        {
            return document;
        }

        var newLine = SyntaxHelpers.DetectNewLine(unit);
        var namespaces = new HashSet<string>();

        var additions = new Dictionary<ClassDeclarationSyntax, List<Skeleton>>();
        foreach (var diagnostic in diagnostics)
        {
            if (FindClass(unit, diagnostic) is { } declaration && Skeletons.TryGetValue(diagnostic.Id, out var skeleton))
            {
                if (!additions.TryGetValue(declaration, out var list))
                {
                    additions[declaration] = list = new List<Skeleton>();
                }

                if (!list.Contains(skeleton))
                {
                    list.Add(skeleton);
                }

                if (!IsInScope(model, declaration.SpanStart, skeleton))
                {
                    namespaces.Add(skeleton.Namespace);
                }
            }
        }

        var newUnit = unit.ReplaceNodes(additions.Keys, (original, _) => AddAttributes(original, additions[original], newLine));
        foreach (var ns in namespaces.OrderBy(n => n, System.StringComparer.Ordinal))
        {
            newUnit = AddUsing(newUnit, ns, newLine);
        }

        return document.WithSyntaxRoot(newUnit);
    }

    private static ClassDeclarationSyntax? FindClass(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<ClassDeclarationSyntax>().FirstOrDefault();

    /// <summary>True when the attribute's short name already binds to our type here (a using, a global using, or the same namespace).</summary>
    private static bool IsInScope(SemanticModel model, int position, Skeleton skeleton) =>
        model.LookupNamespacesAndTypes(position, name: skeleton.Attribute + "Attribute")
            .Any(s => s.ContainingNamespace?.ToDisplayString() == skeleton.Namespace);

    private static ClassDeclarationSyntax AddAttributes(ClassDeclarationSyntax declaration, List<Skeleton> skeletons, SyntaxTrivia newLine)
    {
        // Each attribute goes on its own line, after the existing ones, indented like the class.
        var leading = declaration.GetLeadingTrivia();
        var indentation = leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading.Last())
            : SyntaxFactory.TriviaList();
        var lists = skeletons.Select(s =>
            SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(
                    SyntaxFactory.IdentifierName(s.Attribute), SyntaxFactory.ParseAttributeArgumentList(s.Text.Substring(s.Attribute.Length)))))
                .WithLeadingTrivia(indentation)
                .WithTrailingTrivia(newLine)).ToList();

        if (declaration.AttributeLists.Count > 0)
        {
            return declaration.WithAttributeLists(declaration.AttributeLists.AddRange(lists));
        }

        // No attributes yet: the class's own leading trivia (comments, blank lines) moves in front of the first attribute.
        lists[0] = lists[0].WithLeadingTrivia(leading);
        var withoutTrivia = declaration.WithoutLeadingTrivia();
        return withoutTrivia.WithAttributeLists(SyntaxFactory.List(lists)).WithModifiers(
            withoutTrivia.Modifiers.Count > 0
                ? withoutTrivia.Modifiers.Replace(withoutTrivia.Modifiers[0], withoutTrivia.Modifiers[0].WithLeadingTrivia(indentation))
                : withoutTrivia.Modifiers)
            .WithKeyword(withoutTrivia.Modifiers.Count > 0 ? withoutTrivia.Keyword : withoutTrivia.Keyword.WithLeadingTrivia(indentation));
    }

    /// <summary>Adds <c>using ns;</c> after the last using directive (or at the top) of the file.</summary>
    internal static CompilationUnitSyntax AddUsing(CompilationUnitSyntax unit, string ns, SyntaxTrivia newLine)
    {
        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(ns).WithLeadingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(newLine);
        if (unit.Usings.Count > 0)
        {
            return unit.WithUsings(unit.Usings.Add(directive));
        }

        var first = unit.GetLeadingTrivia();
        return unit.WithoutLeadingTrivia().WithUsings(SyntaxFactory.SingletonList(directive.WithLeadingTrivia(first).WithTrailingTrivia(newLine, newLine)));
    }

    private sealed class Skeleton
    {
        public Skeleton(string attribute, string text, string ns, string title)
        {
            Attribute = attribute;
            Text = text;
            Namespace = ns;
            Title = title;
        }

        public string Attribute { get; }

        public string Text { get; }

        public string Namespace { get; }

        public string Title { get; }
    }
}
