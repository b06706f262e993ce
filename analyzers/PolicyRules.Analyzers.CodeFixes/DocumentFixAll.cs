using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace PolicyRules.Analyzers.CodeFixes;

/// <summary>
/// A Fix All provider that hands every diagnostic of one document to a single rewrite, for fixes whose edits would
/// collide if the batch fixer merged them text-wise (several attributes on one class, one binding for several clock reads).
/// </summary>
internal static class DocumentFixAll
{
    public static FixAllProvider Create(Func<Document, ImmutableArray<Diagnostic>, CancellationToken, Task<Document>> fix) =>
        FixAllProvider.Create(
            async (context, document, diagnostics) => diagnostics.IsEmpty ? document : await fix(document, diagnostics, context.CancellationToken).ConfigureAwait(false),
            ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution));
}
