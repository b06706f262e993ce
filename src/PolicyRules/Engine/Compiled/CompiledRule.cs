using System.Collections;
using System.Collections.Immutable;
using System.Linq.Expressions;
using NRules.RuleModel;

namespace PolicyRules.Engine.Compiled;

/// <summary>
/// A fact type one rule reads, and whether it reads it monotonically (a match) or not (negated, aggregated). For
/// findings, <paramref name="Probe"/> holds the pattern's conditions that read only a finding's rule ID, rule set and
/// effect: stratification asks them whether a rule's findings can meet the pattern at all.
/// </summary>
internal readonly record struct FactRead(Type Type, bool Negative, string How, Func<object?[], bool>[]? Probe);

/// <summary>A type one rule yields; for a finding made by the authoring API, the finding's signature (rule, rule set, effect) with empty text.</summary>
internal readonly record struct FactYield(Type Type, Finding? Signature);

/// <summary>One rule compiled from its NRules definition: the chain of condition steps, its yields, and what it reads.</summary>
internal sealed class CompiledRule
{
    public required IRuleDefinition Definition { get; init; }

    public required RuleInfo Info { get; init; }

    public string Name => Definition.Name;

    public required Step Entry { get; init; }

    public required int SlotCount { get; init; }

    /// <summary>The slots of the top-level patterns: together they tell one activation from another.</summary>
    public required int[] ActivationSlots { get; init; }

    public required Func<IContext, object?[], object?>[] Yields { get; init; }

    /// <summary>What each yield produces, for stratification.</summary>
    public required ImmutableArray<FactYield> YieldTypes { get; init; }

    public required ImmutableArray<FactRead> Reads { get; init; }

    public required IContext Context { get; init; }

    /// <summary>Set by stratification: whether the rule is in a group that depends on itself, so it runs to a fixpoint.</summary>
    public bool Recursive { get; set; }

    /// <summary>Set by stratification: the rule's stratum (0 reads only input facts or facts of its own stratum).</summary>
    public int Stratum { get; set; }
}

/// <summary>
/// Compiles one NRules rule definition (<see cref="IRuleDefinition"/>) into a <see cref="CompiledRule"/>. Works from the
/// rule model alone (patterns, conditions, Not, Exists, All, Collect/Select/SelectMany queries, bindings, linked Yield),
/// never from knowledge of particular rules. Any construct outside that set is refused with the rule's ID.
/// </summary>
internal sealed class RuleModelCompiler(FactTypeIndex types)
{
    private int _sinks;

    /// <summary>How many aggregate sinks the compiled rules use (one list per sink per running case).</summary>
    public int SinkCount => _sinks;

    public CompiledRule Compile(IRuleDefinition definition, RuleInfo info)
    {
        try
        {
            return CompileRule(definition, info);
        }
        catch (UnsupportedRuleShapeException e)
        {
            throw new PolicyEngineException(
                $"Rule `{definition.Name}` cannot run on the compiled evaluator: {e.Message}. " +
                "Rewrite the rule with the supported shapes (docs/evaluators.md) or build the engine with the Rete evaluator (--evaluator rete).", e)
            { RuleId = definition.Name };
        }
    }

    private CompiledRule CompileRule(IRuleDefinition definition, RuleInfo info)
    {
        if (definition.FilterGroup.Filters.Count > 0)
        {
            throw new UnsupportedRuleShapeException("it has an agenda filter (Filter())");
        }

        if (definition.DependencyGroup.Dependencies.Count > 0)
        {
            throw new UnsupportedRuleShapeException("it resolves dependencies (Dependency())");
        }

        if (definition.Repeatability != RuleRepeatability.Repeatable)
        {
            throw new UnsupportedRuleShapeException("it is marked non-repeatable");
        }

        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        Declare(definition.LeftHandSide, slots);

        var context = new RuleContext(definition);
        var (yields, yieldTypes) = CompileYields(definition, info, slots);
        var reads = new List<FactRead>();
        var rule = new RuleBuilder(this, slots, reads);
        var placeholder = new DeferredFire();
        var entry = rule.Element(definition.LeftHandSide, placeholder, negative: false, how: "matches");
        var activationSlots = definition.LeftHandSide.ChildElements.OfType<PatternElement>().Select(p => slots[p.Declaration.Name]).ToArray();

        var compiled = new CompiledRule
        {
            Definition = definition,
            Info = info,
            Entry = entry,
            SlotCount = slots.Count,
            ActivationSlots = activationSlots,
            Yields = yields,
            YieldTypes = yieldTypes,
            Reads = [.. reads],
            Context = context,
        };
        placeholder.Target = new FireStep(compiled);
        return compiled;
    }

    /// <summary>Gives every declaration of the rule, at any depth, a slot of the tuple.</summary>
    private static void Declare(RuleElement element, Dictionary<string, int> slots)
    {
        switch (element)
        {
            case PatternElement pattern:
                if (!slots.ContainsKey(pattern.Declaration.Name))
                {
                    slots.Add(pattern.Declaration.Name, slots.Count);
                }

                if (pattern.Source is AggregateElement aggregate)
                {
                    Declare(aggregate.Source, slots);
                }

                break;
            case GroupElement group:
                foreach (var child in group.ChildElements)
                {
                    Declare(child, slots);
                }

                break;
            case NotElement not:
                Declare(not.Source, slots);
                break;
            case ExistsElement exists:
                Declare(exists.Source, slots);
                break;
            case ForAllElement forAll:
                Declare(forAll.BasePattern, slots);
                foreach (var pattern in forAll.Patterns)
                {
                    Declare(pattern, slots);
                }

                break;
        }
    }

    private static (Func<IContext, object?[], object?>[] Yields, ImmutableArray<FactYield> Types) CompileYields(IRuleDefinition definition, RuleInfo info, Dictionary<string, int> slots)
    {
        var yields = new List<Func<IContext, object?[], object?>>();
        var types = ImmutableArray.CreateBuilder<FactYield>();
        foreach (var action in definition.RightHandSide.Actions)
        {
            if (action.ActionTrigger != ActionElement.DefaultTrigger)
            {
                throw new UnsupportedRuleShapeException($"its action runs on {action.ActionTrigger} (only Yield is supported)");
            }

            var (context, body) = YieldBody(action.Expression)
                ?? throw new UnsupportedRuleShapeException("its action is not a Yield of a linked fact (only Yield is supported)");
            yields.Add(TupleExpressions.ContextValue(context, body, [.. action.Expression.Parameters.Skip(1)], slots));
            var signature = body is MethodCallExpression call && call.Method.DeclaringType == typeof(Authoring.Findings) && Enum.TryParse<Effect>(call.Method.Name, out var effect)
                ? new Finding(definition.Name, info.RuleSet, effect, string.Empty, [])
                : null;
            types.Add(new FactYield(body.Type, signature));
        }

        if (yields.Count == 0)
        {
            throw new UnsupportedRuleShapeException("it has no Yield action");
        }

        return ([.. yields], types.ToImmutable());
    }

    /// <summary>
    /// Reads the yielded expression out of the action NRules' fluent <c>Yield(ctx => ...)</c> builds:
    /// <c>linked = ctx.GetLinked(key); if (linked == null) ctx.InsertLinked(key, BODY); else ctx.UpdateLinked(key, update(ctx, linked))</c>.
    /// The update must compute the same expression without reading the old fact, so the final fact is BODY of the final match.
    /// </summary>
    private static (ParameterExpression Context, Expression Body)? YieldBody(LambdaExpression action)
    {
        if (action.Parameters.Count == 0 || action.Parameters[0].Type != typeof(IContext)
            || action.Body is not BlockExpression { Expressions: [_, ConditionalExpression { IfTrue: MethodCallExpression insert, IfFalse: BlockExpression update }] }
            || insert.Method.Name != nameof(IContext.InsertLinked) || insert.Arguments.Count != 2
            || update.Expressions is not [BinaryExpression { Right: InvocationExpression { Expression: LambdaExpression updateLambda } }, ..])
        {
            return null;
        }

        var body = insert.Arguments[1] is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : insert.Arguments[1];
        var readsOld = updateLambda.Parameters.Count == 2 && ParameterFinder.Uses(updateLambda.Body, updateLambda.Parameters[1]);
        if (readsOld || updateLambda.Body.ToString() != body.ToString())
        {
            throw new UnsupportedRuleShapeException("its Yield has a separate update expression");
        }

        return (action.Parameters[0], body);
    }

    /// <summary>Whether an expression uses its finding parameter only through RuleId, RuleSet and Effect.</summary>
    private sealed class SignatureReader(ParameterExpression finding) : ExpressionVisitor
    {
        private static readonly string[] Signature = [nameof(Finding.RuleId), nameof(Finding.RuleSet), nameof(Finding.Effect)];
        private bool _other;

        public static bool ReadsOnlySignature(Expression body, ParameterExpression finding)
        {
            var reader = new SignatureReader(finding);
            reader.Visit(body);
            return !reader._other;
        }

        protected override Expression VisitMember(MemberExpression node) =>
            node.Expression == finding && Signature.Contains(node.Member.Name) ? node : base.VisitMember(node);

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _other |= node == finding;
            return node;
        }
    }

    private sealed class ParameterFinder(ParameterExpression target) : ExpressionVisitor
    {
        private bool _found;

        public static bool Uses(Expression expression, ParameterExpression parameter)
        {
            var finder = new ParameterFinder(parameter);
            finder.Visit(expression);
            return finder._found;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _found |= node == target;
            return node;
        }
    }

    /// <summary>The fire step needs the compiled rule, which needs the chain: this stands in until both exist.</summary>
    private sealed class DeferredFire : Step
    {
        public Step Target { get; set; } = null!;

        public override bool Run(CaseRun run, object?[] tuple) => Target.Run(run, tuple);
    }

    private sealed class RuleBuilder(RuleModelCompiler compiler, Dictionary<string, int> slots, List<FactRead> reads)
    {
        public Step Element(RuleElement element, Step next, bool negative, string how)
        {
            switch (element)
            {
                case AndElement and:
                    var step = next;
                    for (var i = and.ChildElements.Count - 1; i >= 0; i--)
                    {
                        step = Element(and.ChildElements[i], step, negative, how);
                    }

                    return step;
                case PatternElement pattern:
                    return Pattern(pattern, next, negative, how);
                case NotElement not:
                    return new NotStep(Element(not.Source, FoundStep.Instance, negative: true, how: "negates")) { Next = next };
                case ExistsElement exists:
                    return new ExistsStep(Element(exists.Source, FoundStep.Instance, negative, how: "tests for")) { Next = next };
                case ForAllElement forAll:
                    var patterns = forAll.Patterns.Select(p =>
                    {
                        if (p.Source is not null)
                        {
                            throw new UnsupportedRuleShapeException("its All condition has a pattern with a source");
                        }

                        return (p.ValueType, slots[p.Declaration.Name], Conditions(p));
                    }).ToArray();
                    var counterexample = new ForAllCounterexampleStep(slots[forAll.BasePattern.Declaration.Name], patterns) { Next = FoundStep.Instance };
                    return new ForAllStep(Pattern(forAll.BasePattern, counterexample, negative: true, how: "quantifies over")) { Next = next };
                case OrElement:
                    throw new UnsupportedRuleShapeException("it uses an Or group");
                default:
                    throw new UnsupportedRuleShapeException($"it uses a {element.ElementType} element");
            }
        }

        private Step Pattern(PatternElement pattern, Step next, bool negative, string how)
        {
            var slot = slots[pattern.Declaration.Name];
            var conditions = Conditions(pattern);
            switch (pattern.Source)
            {
                case null:
                    reads.Add(new FactRead(pattern.ValueType, negative, how, pattern.ValueType.IsAssignableFrom(typeof(Finding)) ? SignatureProbe(pattern) : null));
                    return new FactPatternStep(compiler.TypeIndex(pattern.ValueType), slot, conditions) { Next = next };
                case AggregateElement aggregate:
                    return new SourcePatternStep(Aggregate(pattern, aggregate), slot, conditions) { Next = next };
                case BindingElement binding:
                    return new SourcePatternStep(new BindingSource(TupleExpressions.Value(binding.Expression, slots)), slot, conditions) { Next = next };
                default:
                    throw new UnsupportedRuleShapeException($"a pattern takes its values from a {pattern.Source.ElementType} element");
            }
        }

        private ValueSource Aggregate(PatternElement result, AggregateElement aggregate)
        {
            if (aggregate.CustomFactoryType is not null)
            {
                throw new UnsupportedRuleShapeException($"it uses the custom aggregate `{aggregate.Name}`");
            }

            var source = aggregate.Source;
            var sourceSlot = slots[source.Declaration.Name];
            var sink = compiler._sinks++;
            var chain = Pattern(source, new SinkStep(sourceSlot, sink), negative: true, how: "aggregates");
            switch (aggregate.Name)
            {
                case AggregateElement.CollectName when aggregate.Expressions.Count == 0:
                    var listType = typeof(List<>).MakeGenericType(source.ValueType);
                    if (!result.ValueType.IsAssignableFrom(listType))
                    {
                        throw new UnsupportedRuleShapeException($"it collects into {result.ValueType.Name}");
                    }

                    var newList = Expression.Lambda<Func<IList>>(Expression.New(listType)).Compile();
                    return new CollectSource(chain, sink, newList);
                case AggregateElement.ProjectName:
                    return new ProjectSource(chain, sink, sourceSlot, Selector(aggregate));
                case AggregateElement.FlattenName:
                    return new FlattenSource(chain, sink, sourceSlot, Selector(aggregate));
                default:
                    throw new UnsupportedRuleShapeException($"it uses the {aggregate.Name} aggregate{(aggregate.Expressions.Count > 0 ? " with " + string.Join(", ", aggregate.Expressions.Select(e => e.Name)) : "")}");
            }
        }

        private Func<object?[], object?> Selector(AggregateElement aggregate) =>
            aggregate.Expressions is [{ Name: AggregateElement.SelectorName } selector]
                ? TupleExpressions.Value(selector.Expression, slots)
                : throw new UnsupportedRuleShapeException($"its {aggregate.Name} aggregate has expressions {string.Join(", ", aggregate.Expressions.Select(e => e.Name))}");

        /// <summary>The pattern's conditions that read nothing of a finding but its rule ID, rule set and effect.</summary>
        private static Func<object?[], bool>[] SignatureProbe(PatternElement pattern)
        {
            var own = new Dictionary<string, int>(StringComparer.Ordinal) { [pattern.Declaration.Name] = 0 };
            return [.. pattern.Expressions
                .Where(e => e.Expression.Parameters is [var only] && only.Name == pattern.Declaration.Name && SignatureReader.ReadsOnlySignature(e.Expression.Body, only))
                .Select(e => TupleExpressions.Condition(e.Expression, own))];
        }

        public Func<object?[], bool>[] Conditions(PatternElement pattern) =>
            [.. pattern.Expressions.Select(e => e.Name == PatternElement.ConditionName
                ? TupleExpressions.Condition(e.Expression, slots)
                : throw new UnsupportedRuleShapeException($"a pattern has a `{e.Name}` expression"))];
    }

    private int TypeIndex(Type type) => types.IndexOf(type);

    /// <summary>The context a yield sees: the rule only. A rule that asks it for anything else fails with its ID.</summary>
    private sealed class RuleContext(IRuleDefinition rule) : IContext
    {
        public IRuleDefinition Rule { get; } = rule;

        public IMatch Match => throw Unsupported();

        public CancellationToken CancellationToken => CancellationToken.None;

        public void Halt() => throw Unsupported();

        public void Insert(object fact) => throw Unsupported();

        public void InsertAll(IEnumerable<object> facts) => throw Unsupported();

        public bool TryInsert(object fact) => throw Unsupported();

        public void Update(object fact) => throw Unsupported();

        public void UpdateAll(IEnumerable<object> facts) => throw Unsupported();

        public bool TryUpdate(object fact) => throw Unsupported();

        public void Retract(object fact) => throw Unsupported();

        public void RetractAll(IEnumerable<object> facts) => throw Unsupported();

        public bool TryRetract(object fact) => throw Unsupported();

        public IReadOnlyCollection<object> GetLinkedKeys() => throw Unsupported();

        public object? GetLinked(object key) => throw Unsupported();

        public void InsertLinked(object key, object fact) => throw Unsupported();

        public void InsertAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => throw Unsupported();

        public void UpdateLinked(object key, object fact) => throw Unsupported();

        public void UpdateAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => throw Unsupported();

        public void RetractLinked(object key, object fact) => throw Unsupported();

        public void RetractAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => throw Unsupported();

        public object Resolve(Type serviceType) => throw Unsupported();

        private NotSupportedException Unsupported() =>
            new($"a yield may read only the rule (ctx.Rule) on the compiled evaluator; rule {Rule.Name} asked its context for more");
    }
}
