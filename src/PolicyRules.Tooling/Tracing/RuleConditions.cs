using System.Collections.Immutable;
using NRules.RuleModel;

namespace PolicyRules.Engine.Tracing;

/// <summary>How a pattern bears on whether its rule fires.</summary>
public enum PatternKind
{
    /// <summary><c>Match</c>: a fact must satisfy the conditions.</summary>
    Match,

    /// <summary><c>Exists</c>: at least one fact must satisfy them.</summary>
    Exists,

    /// <summary><c>Not</c>: no fact may satisfy them.</summary>
    Not,

    /// <summary>The facts a <c>Query</c> or <c>All</c> collects; satisfied or not as a whole.</summary>
    Collected,
}

/// <summary>One condition of a rule, in the order its author wrote it.</summary>
/// <param name="Index">Position among the rule's conditions, from 1.</param>
/// <param name="Pattern">The pattern variable and fact type, e.g. "charge (Charge)".</param>
/// <param name="FactType">The fact type the pattern matches.</param>
/// <param name="Kind">How the pattern bears on the rule.</param>
/// <param name="Text">The condition as readable text; "any fact of this type" for a pattern without conditions.</param>
/// <param name="Key">The shared-node key (see <see cref="ConditionText.Key"/>); null for a pattern without conditions.</param>
/// <param name="Expression">The condition itself; null for a pattern without conditions.</param>
public sealed record RuleCondition(int Index, string Pattern, Type FactType, PatternKind Kind, string Text, string? Key, System.Linq.Expressions.LambdaExpression? Expression = null)
{
    /// <summary>Whether the condition holding is a step towards the rule firing (false for the inside of a <c>Not</c>).</summary>
    public bool Positive => Kind is PatternKind.Match or PatternKind.Exists;
}

/// <summary>Reads a rule's conditions from its NRules definition, in the order written.</summary>
public static class RuleConditions
{
    public static ImmutableArray<RuleCondition> Of(IRuleDefinition rule)
    {
        var conditions = ImmutableArray.CreateBuilder<RuleCondition>();
        Walk(rule.LeftHandSide, PatternKind.Match, conditions);
        return conditions.ToImmutable();
    }

    private static void Walk(RuleElement element, PatternKind kind, ImmutableArray<RuleCondition>.Builder into)
    {
        switch (element)
        {
            case PatternElement pattern:
                var before = into.Count;
                if (pattern.Source is { } source)
                {
                    Walk(source, PatternKind.Collected, into);
                }

                var name = $"{ConditionText.Name(pattern.Declaration.Name, pattern.ValueType)} ({pattern.ValueType.Name})";
                var expressions = pattern.Expressions.Find(PatternElement.ConditionName).ToList();
                foreach (var expression in expressions)
                {
                    into.Add(new RuleCondition(into.Count + 1, name, pattern.ValueType, kind, ConditionText.Of(expression.Expression), ConditionText.Key(expression.Expression), expression.Expression));
                }

                if (expressions.Count == 0 && into.Count == before)
                {
                    into.Add(new RuleCondition(into.Count + 1, name, pattern.ValueType, kind, $"any {pattern.ValueType.Name} fact", null));
                }

                break;
            case NotElement not:
                Walk(not.Source, PatternKind.Not, into);
                break;
            case ExistsElement exists:
                Walk(exists.Source, kind == PatternKind.Not ? PatternKind.Not : PatternKind.Exists, into);
                break;
            case AggregateElement aggregate:
                Walk(aggregate.Source, PatternKind.Collected, into);
                break;
            case ForAllElement forAll:
                Walk(forAll.BasePattern, PatternKind.Collected, into);
                foreach (var pattern in forAll.Patterns)
                {
                    Walk(pattern, PatternKind.Collected, into);
                }

                break;
            case GroupElement group:
                foreach (var child in group.ChildElements)
                {
                    Walk(child, kind, into);
                }

                break;
        }
    }
}
