using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace PolicyRules.Snapshots;

/// <summary>
/// Whether the facts a condition was tested on state every value the condition reads (no null member), so that a false
/// result means the value lay on the other side of the line, not that it was unknown.
/// </summary>
internal static class StatedValues
{
    private static readonly ConcurrentDictionary<LambdaExpression, Func<object?[], bool>> Compiled = new();

    public static bool AllStated(LambdaExpression condition, IReadOnlyList<object?> facts)
    {
        // NRules reports a condition's facts in the order of its partial match, which need not be the lambda's parameter
        // order: give each parameter the first unused fact of its type.
        var args = new object?[condition.Parameters.Count];
        var used = new bool[facts.Count];
        for (var i = 0; i < args.Length; i++)
        {
            var j = Enumerable.Range(0, facts.Count).FirstOrDefault(k => !used[k] && condition.Parameters[i].Type.IsInstanceOfType(facts[k]), -1);
            if (j < 0)
            {
                return false;
            }

            used[j] = true;
            args[i] = facts[j];
        }

        return Compiled.GetOrAdd(condition, Compile)(args);
    }

    // Builds: args => member1(args) != null && member2(args) != null && ..., over every member read of a parameter
    // (c.MaxPenaltyMonths, p.Nationality.Code, ...); true when the condition reads no nullable member.
    private static Func<object?[], bool> Compile(LambdaExpression condition)
    {
        var args = Expression.Parameter(typeof(object?[]), "args");
        var replacements = condition.Parameters.Select((p, i) => (p, (Expression)Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.Type)))
            .ToDictionary(x => x.p, x => x.Item2);
        var members = new MemberReads(condition.Parameters).Collect(condition.Body);
        Expression body = Expression.Constant(true);
        foreach (var member in members.Where(m => !m.Type.IsValueType || Nullable.GetUnderlyingType(m.Type) is not null))
        {
            var access = new Substitute(replacements).Visit(member);
            body = Expression.AndAlso(body, Expression.NotEqual(access, Expression.Constant(null, member.Type)));
        }

        var test = Expression.Lambda<Func<object?[], bool>>(body, args).Compile();
        return facts =>
        {
            try
            {
                return test(facts);
            }
            catch (NullReferenceException)
            {
                // An intermediate member (p.Nationality in p.Nationality.Code) was null: a value is unknown.
                return false;
            }
        };
    }

    private sealed class MemberReads(IReadOnlyCollection<ParameterExpression> parameters) : ExpressionVisitor
    {
        private readonly List<MemberExpression> _found = [];

        public List<MemberExpression> Collect(Expression body)
        {
            Visit(body);
            return _found;
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (Root(node) is ParameterExpression p && parameters.Contains(p))
            {
                _found.Add(node);
            }

            return base.VisitMember(node);
        }

        private static Expression? Root(Expression? e)
        {
            while (e is MemberExpression m)
            {
                e = m.Expression;
            }

            return e;
        }
    }

    private sealed class Substitute(Dictionary<ParameterExpression, Expression> map) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => map.TryGetValue(node, out var e) ? e : node;
    }
}
