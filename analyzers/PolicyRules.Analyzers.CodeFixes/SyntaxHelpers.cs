using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PolicyRules.Analyzers.CodeFixes;

internal static class SyntaxHelpers
{
    /// <summary>The end-of-line the file already uses, so a fix does not mix LF and CRLF.</summary>
    public static SyntaxTrivia DetectNewLine(SyntaxNode root) =>
        root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { } eol && eol.IsKind(SyntaxKind.EndOfLineTrivia)
            ? eol
            : SyntaxFactory.LineFeed;
}
