using BenchmarkDotNet.Attributes;
using PolicyRules.Benchmarks.Subset;
using PolicyRules.Benchmarks.Synthetic;
using PolicyRules.Cases;
using PolicyRules.Engine;
using PolicyRules.Facts;
using PolicyRules.Generation;
using PolicyRules.Json;
using PolicyRules.Verdicts;

namespace PolicyRules.Benchmarks;

// Every per-case benchmark evaluates a fixed array of cases per invocation and divides by its length
// (OperationsPerInvoke), so the tables read "per case" while one invocation is long enough to time well.

/// <summary>Per-case evaluation of both built-in rule sets on each evaluator; Rete (a session per case) is the baseline of each mix.</summary>
[MemoryDiagnoser]
[Config(typeof(PerCaseConfig))]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EvaluationBenchmarks
{
    private const int GeneratedCount = 64;
    private const int ScenarioSlots = 32;
    private PolicyEngine _rete = null!;
    private PolicyEngine _compiled = null!;
    private Case[] _scenarios = [];
    private Case[] _generated = [];

    [GlobalSetup]
    public void Setup()
    {
        _rete = Workloads.BuiltInEngine(PolicyEvaluator.Rete);
        _compiled = Workloads.BuiltInEngine(PolicyEvaluator.Compiled);
        // A fixed number of slots filled round-robin, so the per-case division holds however many scenarios exist.
        var scenarios = Workloads.Scenarios();
        _scenarios = [.. Enumerable.Range(0, ScenarioSlots).Select(i => scenarios[i % scenarios.Count])];
        _generated = Workloads.Generated(GeneratedCount);
    }

    /// <summary>The canonical scenarios (rules/*/Scenarios), round-robin over 32 slots.</summary>
    [BenchmarkCategory("scenarios")]
    [Benchmark(Baseline = true, Description = "Scenario mix, both rule sets, Rete, per case", OperationsPerInvoke = ScenarioSlots)]
    public int Scenarios() => EvaluateAll(_rete, _scenarios);

    [BenchmarkCategory("scenarios")]
    [Benchmark(Description = "Scenario mix, both rule sets, compiled, per case", OperationsPerInvoke = ScenarioSlots)]
    public int ScenariosCompiled() => EvaluateAll(_compiled, _scenarios);

    /// <summary>64 generated cases (seed 20260101): a broader mix than the scenarios.</summary>
    [BenchmarkCategory("generated")]
    [Benchmark(Baseline = true, Description = "Generated mix, both rule sets, Rete, per case", OperationsPerInvoke = GeneratedCount)]
    public int Generated() => EvaluateAll(_rete, _generated);

    [BenchmarkCategory("generated")]
    [Benchmark(Description = "Generated mix, both rule sets, compiled, per case", OperationsPerInvoke = GeneratedCount)]
    public int GeneratedCompiled() => EvaluateAll(_compiled, _generated);

    private static int EvaluateAll(PolicyEngine engine, Case[] cases)
    {
        var findings = 0;
        foreach (var policyCase in cases)
        {
            findings += engine.Evaluate(policyCase).RuleSets[0].Findings.Length;
        }

        return findings;
    }
}

/// <summary>The benchmark subset of INTERPOL rules three ways; the hand-written floor is the baseline.</summary>
[MemoryDiagnoser]
[Config(typeof(PerCaseConfig))]
public class SubsetBenchmarks
{
    private const int Count = 64;
    private Case[] _cases = [];
    private PolicyRulesSubset _policyRules = null!;
    private PolicyRulesSubset _policyRulesCompiled = null!;
    private RulesEngineSubset _rulesEngine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cases = Workloads.Generated(Count);
        _policyRules = new PolicyRulesSubset(PolicyEvaluator.Rete);
        _policyRulesCompiled = new PolicyRulesSubset(PolicyEvaluator.Compiled);
        _rulesEngine = new RulesEngineSubset();
    }

    [Benchmark(Baseline = true, Description = "Hand-written C#", OperationsPerInvoke = Count)]
    public int HandWritten()
    {
        var n = 0;
        foreach (var policyCase in _cases)
        {
            n += HandWrittenSubset.Evaluate(policyCase).Count;
        }

        return n;
    }

    [Benchmark(Description = "PolicyRules (NRules Rete)", OperationsPerInvoke = Count)]
    public int PolicyRules()
    {
        var n = 0;
        foreach (var policyCase in _cases)
        {
            n += _policyRules.Evaluate(policyCase).RuleSets[0].Findings.Length;
        }

        return n;
    }

    [Benchmark(Description = "PolicyRules (compiled)", OperationsPerInvoke = Count)]
    public int PolicyRulesCompiled()
    {
        var n = 0;
        foreach (var policyCase in _cases)
        {
            n += _policyRulesCompiled.Evaluate(policyCase).RuleSets[0].Findings.Length;
        }

        return n;
    }

    [Benchmark(Description = "Microsoft RulesEngine", OperationsPerInvoke = Count)]
    public int RulesEngine()
    {
        var n = 0;
        foreach (var policyCase in _cases)
        {
            n += _rulesEngine.Evaluate(policyCase).Count;
        }

        return n;
    }
}

/// <summary>PolicyEngine construction (load, convention checks, Rete compile) for the built-in and synthetic rule sets.</summary>
[MemoryDiagnoser]
[Config(typeof(CompileConfig))]
public class CompileBenchmarks
{
    /// <summary>"built-in", or "synthetic-Nx": a synthetic set N times the built-in rule count.</summary>
    [Params("built-in", "synthetic-1x", "synthetic-5x", "synthetic-25x")]
    public string RuleSet { get; set; } = "built-in";

    /// <summary>The evaluator built: compiled (its Rete network is then built only when explain or coverage asks) or Rete.</summary>
    [Params(PolicyEvaluator.Compiled, PolicyEvaluator.Rete)]
    public PolicyEvaluator Evaluator { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // The dynamic assembly is made outside the measurement; only the engine construction is timed.
        if (RuleSet != "built-in")
        {
            SyntheticRuleSets.WithRules(Multiple(RuleSet) * Workloads.SyntheticUnit);
        }
    }

    [Benchmark(Description = "PolicyEngine.Create")]
    public PolicyEngine Create() => RuleSet == "built-in"
        ? Workloads.BuiltInEngine(Evaluator)
        : PolicyEngine.Create(Workloads.Options(Evaluator, SyntheticRuleSets.WithRules(Multiple(RuleSet) * Workloads.SyntheticUnit)));

    internal static int Multiple(string ruleSet) => int.Parse(ruleSet["synthetic-".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Per-case cost as the rule count grows: synthetic sets 1x, 5x and 25x the built-in rule count, same cases.</summary>
[MemoryDiagnoser]
[Config(typeof(PerCaseConfig))]
public class RuleCountGrowthBenchmarks
{
    private const int Count = 32;
    private PolicyEngine _engine = null!;
    private Case[] _cases = [];

    [Params(1, 5, 25)]
    public int Multiple { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = PolicyEngine.Create(SyntheticRuleSets.WithRules(Multiple * Workloads.SyntheticUnit));
        _cases = Workloads.Generated(Count);
    }

    [Benchmark(Description = "Evaluate, synthetic rules, per case", OperationsPerInvoke = Count)]
    public int Evaluate()
    {
        var n = 0;
        foreach (var policyCase in _cases)
        {
            n += _engine.Evaluate(policyCase).RuleSets[0].Findings.Length;
        }

        return n;
    }
}

/// <summary>Per-case cost as the case grows: 1, 10 and 100 charges, both built-in rule sets.</summary>
[MemoryDiagnoser]
[Config(typeof(PerCaseConfig))]
public class CaseSizeGrowthBenchmarks
{
    private const int Count = 16;
    private PolicyEngine _engine = null!;
    private Case[] _cases = [];

    [Params(1, 10, 100)]
    public int Charges { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = Workloads.BuiltInEngine();
        _cases = Workloads.Generated(Count, new CaseGeneratorOptions { ChargeCount = Charges });
    }

    [Benchmark(Description = "Evaluate, both rule sets, per case", OperationsPerInvoke = Count)]
    public int Evaluate()
    {
        var n = 0;
        foreach (var policyCase in _cases)
        {
            n += _engine.Evaluate(policyCase).RuleSets.Sum(rs => rs.Findings.Length);
        }

        return n;
    }
}

/// <summary>
/// The edge of every evaluation outside a library call: reading and validating one case from UTF-8 JSON (the CLI, batch
/// and HTTP paths all go through it), and writing its verdict as canonical JSON (what batch and HTTP answer with).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerCaseConfig))]
public class CaseJsonBenchmarks
{
    private const int Count = 64;
    private byte[][] _json = [];
    private Verdict[] _verdicts = [];

    [GlobalSetup]
    public void Setup()
    {
        var cases = Workloads.Generated(Count);
        _json = [.. cases.Select(c => System.Text.Encoding.UTF8.GetBytes(PolicyJson.Canonical(c)))];
        var engine = Workloads.BuiltInEngine();
        _verdicts = [.. cases.Select(engine.Evaluate)];
    }

    [Benchmark(Description = "Read and validate a case, per case", OperationsPerInvoke = Count)]
    public int Read()
    {
        var n = 0;
        foreach (var json in _json)
        {
            n += CaseReader.TryRead(json).Case!.Charges.Length;
        }

        return n;
    }

    [Benchmark(Description = "Write a verdict as canonical JSON, per case", OperationsPerInvoke = Count)]
    public int Write()
    {
        var n = 0;
        foreach (var verdict in _verdicts)
        {
            n += PolicyJson.Canonical(verdict).Length;
        }

        return n;
    }
}

/// <summary>
/// What the what-if over unknown facts costs. On cases whose rules read no unknown fact (every scenario whose verdict has
/// no open question) it should cost nothing: <c>Evaluate</c> checks for questions and returns. On a case with open
/// questions it costs one more evaluation per distinct answer, which is the price of saying what each answer would do.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerCaseConfig))]
public class WhatIfBenchmarks
{
    private const int Slots = 32;
    private PolicyEngine _engine = null!;
    private Case[] _stated = [];
    private Case[] _withQuestions = [];

    [GlobalSetup]
    public void Setup()
    {
        _engine = Workloads.BuiltInEngine();
        var scenarios = Workloads.Scenarios();
        var stated = scenarios.Where(c => _engine.Evaluate(c).RuleSets.All(r => r.Questions.IsEmpty)).ToList();
        var asking = scenarios.Where(c => _engine.Evaluate(c).RuleSets.Any(r => !r.Questions.IsEmpty)).ToList();
        _stated = [.. Enumerable.Range(0, Slots).Select(i => stated[i % stated.Count])];
        _withQuestions = [.. Enumerable.Range(0, Slots).Select(i => asking[i % asking.Count])];
    }

    /// <summary>The floor: one evaluation, no what-if, on scenarios with no open question.</summary>
    [Benchmark(Baseline = true, Description = "No open question: evaluate without what-if", OperationsPerInvoke = Slots)]
    public int StatedWithoutWhatIf() => Run(_stated, _engine.EvaluateWithoutWhatIf);

    /// <summary>The public path on the same cases: what-if included, nothing to ask.</summary>
    [Benchmark(Description = "No open question: Evaluate (what-if included)", OperationsPerInvoke = Slots)]
    public int StatedEvaluate() => Run(_stated, _engine.Evaluate);

    /// <summary>For scale: scenarios with open questions, where each answer is evaluated.</summary>
    [Benchmark(Description = "Open questions: Evaluate (what-if included)", OperationsPerInvoke = Slots)]
    public int QuestionsEvaluate() => Run(_withQuestions, _engine.Evaluate);

    private static int Run(Case[] cases, Func<Case, Verdict> evaluate)
    {
        var findings = 0;
        foreach (var policyCase in cases)
        {
            findings += evaluate(policyCase).RuleSets[0].Findings.Length;
        }

        return findings;
    }
}
