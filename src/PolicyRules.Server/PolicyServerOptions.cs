namespace PolicyRules.Server;

/// <summary>
/// The server's settings, read from the configuration section "PolicyRules" (appsettings.json, command line
/// <c>--PolicyRules:Token=...</c>, or environment variables <c>PolicyRules__Token</c>; the token also from <c>POLICYRULES_TOKEN</c>).
/// </summary>
internal sealed class PolicyServerOptions
{
    public const string Section = "PolicyRules";

    /// <summary>The default address: loopback only, so nothing is exposed until the operator says so with --urls.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The loopback port when no --urls is given (0 picks a free port). Default 5080.</summary>
    public int Port { get; set; } = 5080;

    /// <summary>When set, every route but /healthz needs <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public string? Token { get; set; }

    /// <summary>Largest request body; larger bodies get 413. Default 1 MiB, the case reader's own limit.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How long one request may take, reading included; past it the answer is 503. Default 10 seconds.</summary>
    public double RequestTimeoutSeconds { get; set; } = 10;

    /// <summary>Append a decision record per evaluation to this JSON Lines file; unset writes none.</summary>
    public string? DecisionLog { get; set; }

    /// <summary>Force each decision record to disk before answering. Default false.</summary>
    public bool DecisionLogFlushToDisk { get; set; }

    /// <summary>Evaluate only these built-in rule sets (e.g. "interpol"); empty evaluates all.</summary>
    public string[] RuleSets { get; set; } = [];

    /// <summary>Rule sets to serve instead of the built-in ones: rule-set assemblies (.dll) or projects, built first (`--rules` on `serve`).</summary>
    public string[] Rules { get; set; } = [];

    /// <summary>Detail of /v1/explain: "rules" (default) or "facts".</summary>
    public string TraceLevel { get; set; } = "rules";

    /// <summary>Which evaluator runs the rules: Compiled (default) or Rete; /v1/explain always traces through Rete.</summary>
    public Engine.PolicyEvaluator Evaluator { get; set; } = Engine.PolicyEvaluator.Compiled;

    /// <summary>Light cases evaluated at once; more wait in a queue. Default: twice the processor count.</summary>
    public int MaxConcurrentEvaluations { get; set; } = 2 * Environment.ProcessorCount;

    /// <summary>Light cases that may wait for a place; past it the answer is 503 with Retry-After. Default 256.</summary>
    public int EvaluationQueueLength { get; set; } = 256;

    /// <summary>
    /// A case weighing more facts than this (charges, indicators, concerns, U.S. requests and the charges each lists, ...) is
    /// heavy. Default 100: every canonical scenario weighs less, a case of 100 charges more (about 40 ms in Release), and
    /// the costliest case the limits allow about 41,000 (about 1 s).
    /// </summary>
    public int HeavyCaseFacts { get; set; } = 100;

    /// <summary>Heavy cases evaluated at once. Default 1, so the other cores stay free for light cases and /healthz.</summary>
    public int MaxConcurrentHeavyEvaluations { get; set; } = 1;

    /// <summary>Heavy cases that may wait; past it the answer is 503 with Retry-After at once. Default 2.</summary>
    public int HeavyEvaluationQueueLength { get; set; } = 2;

    /// <summary>Requests to /v1/evaluate and /v1/explain being read or evaluated at once (bounds the bodies held in memory). Default 128.</summary>
    public int MaxRequestsInFlight { get; set; } = 128;

    /// <summary>The Retry-After a busy answer carries, in seconds. Default 2 (the costliest case takes about 1 s).</summary>
    public int RetryAfterSeconds { get; set; } = 2;

    /// <summary>Host headers accepted when no token is set (the loopback default), against DNS rebinding. Default: localhost, 127.0.0.1, [::1].</summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>The most rule firings per evaluation.</summary>
    public int MaxRuleFirings { get; set; } = Engine.PolicyEngineOptions.DefaultMaxRuleFirings;
}
