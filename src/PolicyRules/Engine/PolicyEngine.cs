using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using NRules;
using NRules.AgendaFilters;
using NRules.Fluent;
using NRules.RuleModel;
using PolicyRules.Authoring;
using PolicyRules.Engine.Compiled;
using PolicyRules.Facts;
using PolicyRules.Verdicts;

namespace PolicyRules.Engine;

/// <summary>
/// The one entry point for evaluating cases. Built once (it compiles the chosen rule sets), then shared: it is safe to call
/// <see cref="Evaluate(Case)"/> from many threads at once. Each evaluation runs in a fresh session, so the same case always
/// gives the same verdict. By default cases run on the evaluator compiled from the rules' NRules model; NRules' Rete
/// network (the reference semantics) runs them when <see cref="PolicyEngineOptions.Evaluator"/> says so, and always for
/// explanations and coverage, which read its event stream.
/// </summary>
public sealed class PolicyEngine
{
    private readonly Lazy<ISessionFactory> _factory;
    private readonly CompiledEvaluator? _compiled;
    private readonly FrozenDictionary<string, RuleInfo> _rulesById;
    private readonly ImmutableArray<IReferenceFactSource> _referenceFacts;
    private readonly int _maxRuleFirings;
    private readonly TimeSpan _maxEvaluationTime;

    // The days on which every rule is in force; on those days the per-activation effective-date filter cannot refuse
    // anything, so sessions skip it (it is a dictionary lookup per activation plus two allocations per session).
    private readonly DateOnly _allInForceFrom;
    private readonly DateOnly _allInForceUntil;

    private PolicyEngine(
        Lazy<ISessionFactory> factory,
        CompiledEvaluator? compiled,
        ImmutableArray<RuleSetInfo> ruleSets,
        ImmutableArray<RuleInfo> rules,
        ImmutableArray<IReferenceFactSource> referenceFacts,
        int maxRuleFirings,
        TimeSpan maxEvaluationTime,
        FrozenDictionary<string, IRuleDefinition> definitions)
    {
        Definitions = definitions;
        _factory = factory;
        _compiled = compiled;
        RuleSets = ruleSets;
        Rules = rules;
        _rulesById = rules.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        _referenceFacts = referenceFacts;
        _maxRuleFirings = maxRuleFirings;
        _maxEvaluationTime = maxEvaluationTime;
        _allInForceFrom = rules.IsEmpty ? DateOnly.MinValue : rules.Max(r => r.EffectiveFrom);
        _allInForceUntil = rules.IsEmpty ? DateOnly.MaxValue : rules.Min(r => r.EffectiveUntil ?? DateOnly.MaxValue);
    }

    /// <summary>The rule sets this engine evaluates, in verdict order.</summary>
    public ImmutableArray<RuleSetInfo> RuleSets { get; }

    /// <summary>Every rule this engine holds, ordered by rule set then ID.</summary>
    public ImmutableArray<RuleInfo> Rules { get; }

    /// <summary>The evaluator <see cref="Evaluate(Case)"/> runs on.</summary>
    public PolicyEvaluator Evaluator => _compiled is null ? PolicyEvaluator.Rete : PolicyEvaluator.Compiled;

    /// <summary>Builds an engine over the given rule-set assemblies.</summary>
    /// <exception cref="PolicyEngineException">A rule breaks an authoring convention, or a rule set cannot be loaded.</exception>
    public static PolicyEngine Create(params Assembly[] ruleSetAssemblies)
    {
        var options = new PolicyEngineOptions();
        foreach (var assembly in ruleSetAssemblies)
        {
            options.AddRuleSet(assembly);
        }

        return Create(options);
    }

    /// <summary>Builds an engine from options.</summary>
    /// <exception cref="PolicyEngineException">A rule breaks an authoring convention, or a rule set cannot be loaded.</exception>
    public static PolicyEngine Create(PolicyEngineOptions options)
    {
        if (options.RuleSetAssemblies.Count == 0)
        {
            throw new PolicyEngineException("No rule set was given; add at least one rule-set assembly.");
        }

        if (options.MaxRuleFirings < 1)
        {
            throw new PolicyEngineException($"The bound on rule firings must be at least 1 (got {options.MaxRuleFirings}).");
        }

        if (options.MaxEvaluationTime <= TimeSpan.Zero && options.MaxEvaluationTime != Timeout.InfiniteTimeSpan)
        {
            throw new PolicyEngineException($"The time one evaluation may take must be more than zero, or infinite (got {options.MaxEvaluationTime}).");
        }

        var ruleSets = options.RuleSetAssemblies
            .Select(DescribeRuleSet)
            .Where(rs => options.OnlyRuleSets.Count == 0 || options.OnlyRuleSets.Contains(rs.Name))
            .OrderBy(rs => rs.Order).ThenBy(rs => rs.Name, StringComparer.Ordinal)
            .ToImmutableArray();
        var unknown = options.OnlyRuleSets.Where(n => ruleSets.All(rs => rs.Name != n)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            var known = string.Join(", ", options.RuleSetAssemblies.Select(a => DescribeRuleSet(a).Name).Order(StringComparer.Ordinal));
            throw new PolicyEngineException($"Unknown rule set `{unknown[0]}`; known rule sets: {known}.");
        }

        var repository = new RuleRepository();
        foreach (var ruleSet in ruleSets)
        {
            try
            {
                var filter = options.RuleTypeFilter;
                repository.Load(spec => spec.From(scan => scan.Assembly(ruleSet.Assembly).PrivateTypes().Where(t => filter is null || filter(t))).To(ruleSet.Name));
            }
            catch (RuleDefinitionException e)
            {
                throw new PolicyEngineException($"Rule class `{e.RuleTypeName}` of rule set `{ruleSet.Name}` cannot be read: {e.InnerException?.Message ?? e.Message}", e);
            }
            catch (RuleActivationException e)
            {
                throw new PolicyEngineException($"Rule class `{e.RuleTypeName}` of rule set `{ruleSet.Name}` cannot be created; it needs a public parameterless constructor.", e);
            }
        }

        var problems = new List<string>();
        var rules = new List<RuleInfo>();
        foreach (var set in repository.GetRuleSets())
        {
            rules.AddRange(set.Rules.Select(rule => RuleCatalog.Describe(rule, set.Name, problems)));
        }

        foreach (var duplicate in rules.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"rule ID `{duplicate.Key}` is used by {duplicate.Count()} rules; rule IDs are permanent and unique.");
        }

        foreach (var rule in rules)
        {
            if (ruleSets.First(rs => rs.Name == rule.RuleSet).RetiredRuleIds.Contains(rule.Id, StringComparer.Ordinal))
            {
                problems.Add($"rule ID `{rule.Id}` is retired in rule set `{rule.RuleSet}`; take the next free ID from docs/rules/{rule.RuleSet}.md.");
            }
        }

        if (problems.Count > 0)
        {
            throw new PolicyEngineException($"{problems.Count} rule convention problem(s): {string.Join(" | ", problems)}");
        }

        var factory = new Lazy<ISessionFactory>(() => CompileRete(repository), LazyThreadSafetyMode.ExecutionAndPublication);
        var referenceFacts = ruleSets
            .Select(rs => rs.Assembly.GetCustomAttribute<PolicyRuleSetAttribute>()?.ReferenceFacts)
            .OfType<Type>()
            .Select(CreateReferenceFactSource)
            .ToImmutableArray();

        var ordered = rules
            .OrderBy(r => ruleSets.First(rs => rs.Name == r.RuleSet).Order)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        var definitions = repository.GetRules().ToFrozenDictionary(r => r.Name, StringComparer.Ordinal);
        CompiledEvaluator? compiled = null;
        if (options.Evaluator == PolicyEvaluator.Compiled)
        {
            compiled = CompiledEvaluator.Build(ordered.Select(r => (definitions[r.Id], r)));
        }
        else
        {
            _ = factory.Value;
        }

        return new PolicyEngine(factory, compiled, ruleSets, ordered, referenceFacts, options.MaxRuleFirings, options.MaxEvaluationTime, definitions);
    }

    private static ISessionFactory CompileRete(RuleRepository repository)
    {
        var compiler = new RuleCompiler { ExpressionCompiler = new FastCompiler() };
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = new ReferenceIdentity();
        try
        {
            return compiler.Compile(repository.GetRuleSets());
        }
        catch (RuleCompilationException e)
        {
            throw new PolicyEngineException($"Rule `{e.RuleName}` does not compile: {e.InnerException?.Message ?? e.Message}", e) { RuleId = e.RuleName };
        }
    }

    /// <summary>The compiled evaluator's rule groups in evaluation order, or empty on the Rete evaluator.</summary>
    internal ImmutableArray<ImmutableArray<CompiledRule>> CompiledGroups => _compiled?.Groups ?? [];

    /// <summary>The rule groups in the order the compiled evaluator runs them, with their strata; compiled here when the engine runs on Rete.</summary>
    /// <exception cref="PolicyEngineException">On a Rete engine: a rule the compiled evaluator cannot run, or a negative cycle.</exception>
    internal ImmutableArray<ImmutableArray<CompiledRule>> Strata() =>
        _compiled?.Groups ?? CompiledEvaluator.Build(Rules.Select(r => (Definitions[r.Id], r))).Groups;

    /// <summary>The compiled rules, for the profiling loop that times session creation, insertion and firing apart.</summary>
    internal ISessionFactory SessionFactory => _factory.Value;

    /// <summary>The NRules definition of each rule by ID: its conditions, for explanations and coverage.</summary>
    internal FrozenDictionary<string, IRuleDefinition> Definitions { get; }

    /// <summary>The rule with this ID, or null.</summary>
    public RuleInfo? FindRule(string id) => _rulesById.GetValueOrDefault(id);

    /// <summary>Evaluates one case and returns its verdict.</summary>
    /// <exception cref="PolicyEngineException">A rule failed, kept firing past the bound on firings, or the evaluation ran past its time.</exception>
    public Verdict Evaluate(Case policyCase) => Evaluate(policyCase, CancellationToken.None);

    /// <summary>Evaluates one case and returns its verdict, stopping between rule firings when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <exception cref="PolicyEngineException">A rule failed, kept firing past the bound on firings, or the evaluation ran past its time.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled before the evaluation ended.</exception>
    public Verdict Evaluate(Case policyCase, CancellationToken cancellationToken)
    {
        if (_compiled is null)
        {
            return Evaluate(policyCase, observe: null, cancellationToken: cancellationToken);
        }

        // One time budget for the evaluation and its what-if together.
        var budget = new EvaluationBudget(_maxRuleFirings, _maxEvaluationTime, cancellationToken);
        return WhatIf.Resolve(
            EvaluateCompiled(_compiled, policyCase, budget),
            policyCase,
            answered => EvaluateCompiled(_compiled, answered, budget),
            () => FactsOf(policyCase).Count);
    }

    /// <summary>One evaluation on the engine's evaluator without the what-if: open questions carry no outcomes (for the benchmark that prices the what-if).</summary>
    internal Verdict EvaluateWithoutWhatIf(Case policyCase)
    {
        var budget = new EvaluationBudget(_maxRuleFirings, _maxEvaluationTime, CancellationToken.None);
        return _compiled is null ? EvaluateOnce(policyCase, budget) : EvaluateCompiled(_compiled, policyCase, budget);
    }

    /// <summary>One evaluation on the compiled evaluator, without the what-if.</summary>
    private Verdict EvaluateCompiled(CompiledEvaluator compiled, Case policyCase, EvaluationBudget budget)
    {
        budget.Check(policyCase, 0);
        var findings = compiled.Evaluate(policyCase, FactsOf(policyCase), budget);
        return Aggregation.Verdict(policyCase, RuleSets, _rulesById, findings);
    }

    /// <summary>Evaluates one case; when a rule asked for an unknown fact, also each answer to each question (the what-if).</summary>
    internal Verdict Evaluate(
        Case policyCase, Action<ISession>? observe, Func<List<object>, List<object>>? reorderFacts = null, CancellationToken cancellationToken = default)
    {
        var budget = new EvaluationBudget(_maxRuleFirings, _maxEvaluationTime, cancellationToken);
        return WhatIf.Resolve(
            EvaluateOnce(policyCase, budget, observe, reorderFacts),
            policyCase,
            answered => EvaluateOnce(answered, budget),
            () => FactsOf(policyCase).Count);
    }

    /// <summary>One evaluation on Rete without the what-if: the verdict's answers carry no outcomes yet.</summary>
    private Verdict EvaluateOnce(
        Case policyCase, EvaluationBudget budget, Action<ISession>? observe = null, Func<List<object>, List<object>>? reorderFacts = null)
    {
        budget.Check(policyCase, 0);
        var asOf = policyCase.AsOf;
        var session = asOf >= _allInForceFrom && asOf <= _allInForceUntil
            ? _factory.Value.CreateSession()
            : _factory.Value.CreateSession(s => s.Agenda.AddFilter(new EffectiveOn(asOf, _rulesById)));
        string? failedCondition = null;
        session.Events.LhsExpressionFailedEvent += (_, e) => failedCondition ??= string.Join(", ", e.Rules.Select(r => r.Name).Order(StringComparer.Ordinal));
        observe?.Invoke(session);

        var facts = FactsOf(policyCase);
        if (reorderFacts is not null)
        {
            facts = reorderFacts(facts);
        }

        try
        {
            // Conditions are evaluated as facts enter the network, so a failing condition surfaces here or in Fire.
            session.InsertAll(facts);
            Fire(session, policyCase, budget);
        }
        catch (RuleRhsExpressionEvaluationException e)
        {
            throw RuleFailed(e.RuleName, policyCase, e);
        }
        catch (RuleLhsExpressionEvaluationException e)
        {
            throw RuleFailed(failedCondition ?? "unknown", policyCase, e);
        }
        catch (AgendaExpressionEvaluationException e)
        {
            throw RuleFailed(e.RuleName, policyCase, e);
        }

        return Aggregation.Verdict(policyCase, RuleSets, _rulesById, session.Query<Finding>());
    }

    /// <summary>Fires in slices, asking the budget between them: the clock is read once per slice, not per firing.</summary>
    private static void Fire(ISession session, Case policyCase, EvaluationBudget budget)
    {
        var fired = 0;
        while (fired < budget.MaxRuleFirings)
        {
            var slice = session.Fire(Math.Min(EvaluationBudget.FiringsPerCheck, budget.MaxRuleFirings - fired), budget.CancellationToken);
            fired += slice;
            if (session.Agenda.IsEmpty)
            {
                return;
            }

            budget.Check(policyCase, fired);
        }

        if (!session.Agenda.IsEmpty)
        {
            var rule = session.Agenda.Peek().Rule.Name;
            throw new PolicyEngineException(
                $"Rule `{rule}` was still firing after {budget.MaxRuleFirings} rule firings on case '{Cases.Echo.Of(policyCase.Scenario ?? "unnamed")}'; " +
                "the rules loop (a rule that negates the fact type it yields never stops). Fix the rule, or raise the bound if the case is truly that large.")
            { RuleId = rule };
        }
    }

    /// <summary>The one-line error for a rule that threw, on either evaluator.</summary>
    internal static PolicyEngineException RuleFailed(string rule, Case policyCase, Exception e) =>
        new($"Rule `{rule}` failed on case '{Cases.Echo.Of(policyCase.Scenario ?? "unnamed")}': {Cases.Echo.Of((e.InnerException ?? e).Message.TrimEnd('.'), 200)}. Fix the rule; other cases are not affected.", e) { RuleId = rule };

    /// <summary>The facts one case inserts: the evaluation, the request, the person, each charge and indicator, the U.S. situation, and reference facts.</summary>
    internal List<object> FactsOf(Case policyCase)
    {
        var facts = new List<object>(8 + policyCase.Charges.Length + policyCase.Context.Length + policyCase.Article2Concerns.Length)
        {
            new Evaluation(policyCase.AsOf),
            policyCase.Request,
            policyCase.Person,
        };
        foreach (var charge in policyCase.Charges)
        {
            facts.Add(charge);
        }

        foreach (var indicator in policyCase.Context)
        {
            facts.Add(indicator);
        }

        foreach (var concern in policyCase.Article2Concerns)
        {
            facts.Add(concern);
        }

        if (policyCase.Us is { } us)
        {
            facts.Add(us);
            foreach (var request in us.Requests)
            {
                facts.Add(request);
            }
        }

        foreach (var source in _referenceFacts)
        {
            facts.AddRange(source.FactsFor(policyCase));
        }

        return facts;
    }

    private static RuleSetInfo DescribeRuleSet(Assembly assembly)
    {
        var attribute = assembly.GetCustomAttribute<PolicyRuleSetAttribute>()
            ?? throw new PolicyEngineException($"Assembly `{assembly.GetName().Name}` is not a rule set; mark it with [assembly: PolicyRuleSet(name, title)].");
        string?[] chargeMeanings = [attribute.ChargeAllowMeaning, attribute.ChargeDenyMeaning, attribute.ChargeReviewMeaning, attribute.ChargeNeedsInformationMeaning];
        if (chargeMeanings.Any(m => m is null) && chargeMeanings.Any(m => m is not null))
        {
            throw new PolicyEngineException(
                $"Rule set `{attribute.Name}` gives some charge meanings but not all; set ChargeAllowMeaning, ChargeDenyMeaning, ChargeReviewMeaning and ChargeNeedsInformationMeaning together, or none.");
        }

        return new RuleSetInfo
        {
            Name = attribute.Name,
            Title = attribute.Title,
            Version = attribute.Version,
            Order = attribute.Order,
            Assembly = assembly,
            DenyMeaning = attribute.DenyMeaning,
            ReviewMeaning = attribute.ReviewMeaning,
            AllowMeaning = attribute.AllowMeaning,
            NeedsInformationMeaning = attribute.NeedsInformationMeaning,
            ChargeAllowMeaning = attribute.ChargeAllowMeaning,
            ChargeDenyMeaning = attribute.ChargeDenyMeaning,
            ChargeReviewMeaning = attribute.ChargeReviewMeaning,
            ChargeNeedsInformationMeaning = attribute.ChargeNeedsInformationMeaning,
            RetiredRuleIds = [.. attribute.RetiredRuleIds.Order(StringComparer.Ordinal)],
        };
    }

    private static IReferenceFactSource CreateReferenceFactSource(Type type)
    {
        if (!typeof(IReferenceFactSource).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new PolicyEngineException($"Reference facts type `{type.FullName}` must implement IReferenceFactSource and have a public parameterless constructor.");
        }

        try
        {
            return (IReferenceFactSource)Activator.CreateInstance(type)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new PolicyEngineException($"Reference data of `{type.FullName}` failed to load: {e.InnerException.Message}", e.InnerException);
        }
    }

    /// <summary>
    /// Compiles rule expressions with FastExpressionCompiler, which falls back to the system compiler for any expression it
    /// does not support; start-up is dominated by compiling some two thousand rule expressions.
    /// </summary>
    private sealed class FastCompiler : NRules.Extensibility.IExpressionCompiler
    {
        public TDelegate Compile<TDelegate>(System.Linq.Expressions.Expression<TDelegate> expression)
            where TDelegate : Delegate => FastExpressionCompiler.ExpressionCompiler.CompileFast(expression);
    }

    /// <summary>Facts are told apart by reference: equal-looking findings of two activations never collide as duplicates.</summary>
    private sealed class ReferenceIdentity : IFactIdentityComparer
    {
        public IEqualityComparer<T> GetComparer<T>() => (IEqualityComparer<T>)(object)ReferenceEqualityComparer.Instance;

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    /// <summary>Keeps rules out of the agenda on days outside their effective window.</summary>
    private sealed class EffectiveOn(DateOnly asOf, FrozenDictionary<string, RuleInfo> rules) : IAgendaFilter
    {
        public bool Accept(AgendaContext context, Activation activation) =>
            !rules.TryGetValue(activation.Rule.Name, out var rule) || rule.AppliesOn(asOf);
    }
}
