using System.Linq.Expressions;
using NRules.RuleModel;

namespace PolicyRules.Engine.Compiled;

/// <summary>
/// Turns an NRules rule expression, whose parameters are the rule's declarations by name, into a delegate over the
/// rule's tuple: each parameter becomes a read of its declaration's slot.
/// </summary>
internal static class TupleExpressions
{
    private static readonly ParameterExpression Tuple = Expression.Parameter(typeof(object?[]), "tuple");

    public static Func<object?[], bool> Condition(LambdaExpression lambda, IReadOnlyDictionary<string, int> slots) =>
        Compile<Func<object?[], bool>>(Rebind(lambda, slots, skip: 0), typeof(bool));

    public static Func<object?[], object?> Value(LambdaExpression lambda, IReadOnlyDictionary<string, int> slots) =>
        Compile<Func<object?[], object?>>(Rebind(lambda, slots, skip: 0), typeof(object));

    /// <summary>A value expression whose first parameter is the rule's <see cref="IContext"/> (a yield).</summary>
    public static Func<IContext, object?[], object?> ContextValue(ParameterExpression context, Expression body, IReadOnlyList<ParameterExpression> parameters, IReadOnlyDictionary<string, int> slots)
    {
        var rebound = new Rebinder(parameters, slots).Visit(body);
        var lambda = Expression.Lambda<Func<IContext, object?[], object?>>(Box(rebound, typeof(object)), context, Tuple);
        return FastExpressionCompiler.ExpressionCompiler.CompileFast(lambda);
    }

    private static Expression Rebind(LambdaExpression lambda, IReadOnlyDictionary<string, int> slots, int skip) =>
        new Rebinder([.. lambda.Parameters.Skip(skip)], slots).Visit(lambda.Body);

    private static TDelegate Compile<TDelegate>(Expression body, Type result)
        where TDelegate : Delegate =>
        FastExpressionCompiler.ExpressionCompiler.CompileFast(Expression.Lambda<TDelegate>(Box(body, result), Tuple));

    private static Expression Box(Expression body, Type result) => body.Type == result ? body : Expression.Convert(body, result);

    /// <summary>Replaces each declaration parameter by <c>(T)tuple[slot]</c>; nested lambdas keep their own parameters.</summary>
    private sealed class Rebinder(IReadOnlyList<ParameterExpression> parameters, IReadOnlyDictionary<string, int> slots) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node)
        {
            foreach (var parameter in parameters)
            {
                if (parameter == node)
                {
                    var slot = slots.TryGetValue(node.Name!, out var s)
                        ? s
                        : throw new UnsupportedRuleShapeException($"its expression reads `{node.Name}`, which no earlier condition declares");
                    return Expression.Convert(Expression.ArrayIndex(Tuple, Expression.Constant(slot)), node.Type);
                }
            }

            return node;
        }
    }
}

/// <summary>A rule uses an NRules construct the compiled evaluator does not evaluate; the message says which.</summary>
internal sealed class UnsupportedRuleShapeException(string message) : Exception(message);
