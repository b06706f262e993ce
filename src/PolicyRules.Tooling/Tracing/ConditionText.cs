using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace PolicyRules.Engine.Tracing;

/// <summary>
/// Renders a rule condition (a lambda from the rule's <c>When()</c>) close to how its author wrote it, e.g.
/// <c>c.MaxPenaltyMonths >= 24</c>, and gives it a key that is the same for every rule sharing the condition.
/// </summary>
/// <remarks>
/// The C# compiler turns enum comparisons into integer comparisons and wraps nullable operands in conversions; both are
/// undone here so that a lawyer reading a why-not trace sees <c>r.Kind == RedNotice</c>, not <c>Convert(r.Kind) == 1</c>.
/// </remarks>
public static class ConditionText
{
    /// <summary>The condition's body as readable text.</summary>
    public static string Of(LambdaExpression lambda) => new Writer().Write(lambda.Body).ToString();

    /// <summary>
    /// A key equal for conditions NRules shares between rules: parameter names are replaced by their position, since two
    /// rules may call the same pattern variable differently.
    /// </summary>
    public static string Key(LambdaExpression lambda) => Keys.GetValue(lambda, ComputeKey);

    // Condition events arrive by the thousand over a corpus, on the same few expressions; key each expression once.
    private static readonly ConditionalWeakTable<LambdaExpression, string> Keys = new();

    private static string ComputeKey(LambdaExpression lambda)
    {
        var renamed = new Dictionary<ParameterExpression, ParameterExpression>();
        for (var i = 0; i < lambda.Parameters.Count; i++)
        {
            renamed[lambda.Parameters[i]] = Expression.Parameter(lambda.Parameters[i].Type, "p" + i.ToString(CultureInfo.InvariantCulture));
        }

        return new Renamer(renamed).Visit(lambda.Body).ToString();
    }

    /// <summary>
    /// A pattern variable's name; NRules calls the anonymous ones of <c>Exists</c> and <c>Not</c> "$var1$", which reads
    /// better as the fact type, e.g. "charge".
    /// </summary>
    public static string Name(ParameterExpression parameter) => Name(parameter.Name, parameter.Type);

    /// <inheritdoc cref="Name(ParameterExpression)"/>
    public static string Name(string? name, Type type) =>
        name is null || name.StartsWith('$') ? char.ToLowerInvariant(type.Name[0]) + type.Name[1..] : name;

    private sealed class Renamer(Dictionary<ParameterExpression, ParameterExpression> renamed) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => renamed.GetValueOrDefault(node, node);
    }

    private sealed class Writer
    {
        private readonly StringBuilder _text = new();

        public StringBuilder Write(Expression node)
        {
            Visit(node, parentPrecedence: 0);
            return _text;
        }

        private void Visit(Expression node, int parentPrecedence)
        {
            switch (node)
            {
                case BinaryExpression binary when Operator(binary.NodeType) is { } op:
                    var precedence = Precedence(binary.NodeType);
                    var open = precedence < parentPrecedence;
                    if (open)
                    {
                        _text.Append('(');
                    }

                    var (left, right) = UndoEnumComparison(binary.Left, binary.Right);
                    Visit(left, precedence);
                    _text.Append(' ').Append(op).Append(' ');
                    Visit(right, precedence + 1);
                    if (open)
                    {
                        _text.Append(')');
                    }

                    break;
                case UnaryExpression { NodeType: ExpressionType.Not } not:
                    _text.Append('!');
                    Visit(not.Operand, 100);
                    break;
                case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.TypeAs } convert:
                    Visit(convert.Operand, parentPrecedence);
                    break;
                case ConstantExpression constant:
                    _text.Append(Literal(constant.Value));
                    break;
                case MemberExpression { Expression: ConstantExpression closure } captured:
                    _text.Append(Literal(Read(captured.Member, closure.Value)));
                    break;
                case MemberExpression member:
                    if (member.Expression is null)
                    {
                        _text.Append(member.Member.DeclaringType?.Name).Append('.');
                    }
                    else
                    {
                        Visit(member.Expression, 100);
                        _text.Append('.');
                    }

                    _text.Append(member.Member.Name);
                    break;
                case ParameterExpression parameter:
                    _text.Append(Name(parameter));
                    break;
                case MethodCallExpression call:
                    WriteCall(call);
                    break;
                case ConditionalExpression conditional:
                    _text.Append('(');
                    Visit(conditional.Test, 0);
                    _text.Append(" ? ");
                    Visit(conditional.IfTrue, 0);
                    _text.Append(" : ");
                    Visit(conditional.IfFalse, 0);
                    _text.Append(')');
                    break;
                case LambdaExpression lambda:
                    _text.Append(string.Join(", ", lambda.Parameters.Select(Name))).Append(" => ");
                    Visit(lambda.Body, 0);
                    break;
                case TypeBinaryExpression typeIs:
                    Visit(typeIs.Expression, 100);
                    _text.Append(" is ").Append(typeIs.TypeOperand.Name);
                    break;
                default:
                    _text.Append(node.ToString());
                    break;
            }
        }

        private void WriteCall(MethodCallExpression call)
        {
            var arguments = call.Arguments.AsEnumerable();
            var isExtension = call.Method.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute), inherit: false);
            if (call.Object is { } target)
            {
                Visit(target, 100);
                _text.Append('.');
            }
            else if (isExtension && call.Arguments.Count > 0)
            {
                Visit(call.Arguments[0], 100);
                _text.Append('.');
                arguments = arguments.Skip(1);
            }
            else
            {
                _text.Append(call.Method.DeclaringType?.Name).Append('.');
            }

            _text.Append(call.Method.Name).Append('(');
            var first = true;
            foreach (var argument in arguments)
            {
                if (!first)
                {
                    _text.Append(", ");
                }

                Visit(argument, 0);
                first = false;
            }

            _text.Append(')');
        }

        private static (Expression Left, Expression Right) UndoEnumComparison(Expression left, Expression right)
        {
            if (EnumOperand(left) is { } enumType && right is ConstantExpression { Value: not null } constant)
            {
                return (left, Expression.Constant(Enum.ToObject(enumType, constant.Value)));
            }

            if (EnumOperand(right) is { } enumType2 && left is ConstantExpression { Value: not null } constant2)
            {
                return (Expression.Constant(Enum.ToObject(enumType2, constant2.Value)), right);
            }

            return (left, right);
        }

        private static Type? EnumOperand(Expression node)
        {
            while (node is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
            {
                node = convert.Operand;
            }

            var type = Nullable.GetUnderlyingType(node.Type) ?? node.Type;
            return type.IsEnum ? type : null;
        }

        private static object? Read(MemberInfo member, object? target) => member switch
        {
            FieldInfo field => field.GetValue(target),
            PropertyInfo property => property.GetValue(target),
            _ => null,
        };

        private static string Literal(object? value) => value switch
        {
            null => "null",
            string s => "\"" + s + "\"",
            bool b => b ? "true" : "false",
            Enum e => e.ToString(),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "?",
        };

        private static string? Operator(ExpressionType type) => type switch
        {
            ExpressionType.Equal => "==",
            ExpressionType.NotEqual => "!=",
            ExpressionType.GreaterThan => ">",
            ExpressionType.GreaterThanOrEqual => ">=",
            ExpressionType.LessThan => "<",
            ExpressionType.LessThanOrEqual => "<=",
            ExpressionType.AndAlso => "&&",
            ExpressionType.OrElse => "||",
            ExpressionType.Add => "+",
            ExpressionType.Subtract => "-",
            ExpressionType.Multiply => "*",
            ExpressionType.Divide => "/",
            ExpressionType.Coalesce => "??",
            ExpressionType.And => "&",
            ExpressionType.Or => "|",
            _ => null,
        };

        private static int Precedence(ExpressionType type) => type switch
        {
            ExpressionType.Coalesce => 1,
            ExpressionType.OrElse => 2,
            ExpressionType.AndAlso => 3,
            ExpressionType.Or => 4,
            ExpressionType.And => 5,
            ExpressionType.Equal or ExpressionType.NotEqual => 6,
            ExpressionType.Add or ExpressionType.Subtract => 8,
            ExpressionType.Multiply or ExpressionType.Divide => 9,
            _ => 7,
        };
    }
}
