using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PolicyRules.Analyzers;

internal static class OperationExtensions
{
    /// <summary>Strips implicit and explicit conversions and delegate creations.</summary>
    public static IOperation? WalkDownConversions(this IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IDelegateCreationOperation creation:
                    operation = creation.Target;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>
    /// The expression an expression-bodied lambda argument returns, such as <c>ctx.Deny(...)</c> in
    /// <c>Yield(ctx => ctx.Deny(...))</c>; null when the argument is not such a lambda.
    /// </summary>
    public static IOperation? LambdaResult(this IArgumentOperation argument)
    {
        if (argument.Value.WalkDownConversions() is IAnonymousFunctionOperation lambda)
        {
            foreach (var statement in lambda.Body.Operations)
            {
                if (statement is IReturnOperation { ReturnedValue: { } returned })
                {
                    return returned.WalkDownConversions();
                }
            }

            return null;
        }

        // Fallback for lambdas converted to expression trees that the operation tree does not expand.
        var syntax = argument.Syntax is ArgumentSyntax a ? a.Expression : argument.Syntax;
        return syntax is LambdaExpressionSyntax { ExpressionBody: { } body }
            ? argument.SemanticModel?.GetOperation(body).WalkDownConversions()
            : null;
    }

    /// <summary>The location of the method name (and type arguments) in <c>x.Method&lt;T&gt;(...)</c>.</summary>
    public static Location NameLocation(this IInvocationOperation invocation)
    {
        if (invocation.Syntax is InvocationExpressionSyntax call)
        {
            switch (call.Expression)
            {
                case MemberAccessExpressionSyntax access:
                    return access.Name.GetLocation();
                case SimpleNameSyntax name:
                    return name.GetLocation();
            }
        }

        return invocation.Syntax.GetLocation();
    }
}
