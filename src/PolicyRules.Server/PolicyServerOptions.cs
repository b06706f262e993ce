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

    /// <summary>Detail of /v1/explain: "rules" (default) or "facts".</summary>
    public string TraceLevel { get; set; } = "rules";

    /// <summary>Which evaluator runs the rules: Compiled (default) or Rete; /v1/explain always traces through Rete.</summary>
    public Engine.PolicyEvaluator Evaluator { get; set; } = Engine.PolicyEvaluator.Compiled;

    /// <summary>The most rule firings per evaluation.</summary>
    public int MaxRuleFirings { get; set; } = Engine.PolicyEngineOptions.DefaultMaxRuleFirings;
}
