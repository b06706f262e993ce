using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PolicyRules.Engine;
using PolicyRules.Rules.Interpol;
using PolicyRules.Rules.UsExtradition;
using PolicyRules.Rules.UsImmigration;
using PolicyRules.RuleSets;
using PolicyRules.Server.Workbench;

namespace PolicyRules.Server;

/// <summary>Builds and runs the HTTP API: configuration, limits, the token check, problem details, and the routes.</summary>
internal static class PolicyServer
{
    /// <summary>Runs the server until it is stopped; a configuration problem is one line on standard error and exit code 2.</summary>
    public static int Run(string[] args)
    {
        WebApplication app;
        try
        {
            app = Build(args);
        }
        catch (Exception e) when (e is PolicyEngineException or ServerConfigurationException or RuleSetLoadException)
        {
            Console.Error.WriteLine($"policyrules serve: {e.Message}");
            return 2;
        }

        app.Start();
        try
        {
            // The addresses really bound: Kestrel endpoint settings can add some that --urls did not name.
            Binding.RequireTokenOffLoopback(app.Urls, app.Services.GetRequiredService<PolicyServerOptions>().Token);
        }
        catch (ServerConfigurationException e)
        {
            Console.Error.WriteLine($"policyrules serve: {e.Message}");
            app.StopAsync().GetAwaiter().GetResult();
            return 2;
        }

        app.WaitForShutdown();
        return 0;
    }

    /// <summary>Builds the application (the engine included, so a bad rule set fails here and not on the first request).</summary>
    /// <exception cref="PolicyEngineException">The rule sets cannot be built.</exception>
    /// <exception cref="ServerConfigurationException">A setting is out of range.</exception>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null) => Build(args, Console.Error, configure);

    /// <summary>Builds the application; warnings (settings that are ignored) go to <paramref name="warnings"/>.</summary>
    public static WebApplication Build(string[] args, TextWriter warnings, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        configure?.Invoke(builder);
        var options = builder.Configuration.GetSection(PolicyServerOptions.Section).Get<PolicyServerOptions>() ?? new PolicyServerOptions();
        options.Token = NullIfBlank(options.Token) ?? NullIfBlank(builder.Configuration["POLICYRULES_TOKEN"]);
        Validate(options);

        // Loopback unless --urls names other addresses; anything but loopback needs a token.
        var urls = Binding.Choose(args, options, builder.Configuration, warnings);
        Binding.RequireTokenOffLoopback(
            [.. urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
             .. builder.Configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>()],
            options.Token);
        builder.WebHost.UseUrls(urls);

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;

            // Kestrel answers past its own limits before the application runs, with an empty body. Its limits are set at
            // four times the documented ones, so a request over a documented limit reaches LimitRequestHead and gets a
            // problem document; only one over four times the limit gets Kestrel's empty 414 or 431.
            kestrel.Limits.MaxRequestLineSize = 4 * RequestHead.MaxTargetBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 4 * RequestHead.MaxHeaderBytes;
        });

        // A request log line per call would cost more than the evaluation; operators can lower this in configuration.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        builder.Services.AddSingleton(options);
        System.Reflection.Assembly[] ruleAssemblies = options.Rules.Length == 0
            ? [InterpolRuleSet.Assembly, UsExtraditionRuleSet.Assembly, UsImmigrationRuleSet.Assembly]
            : [.. options.Rules.Select(path => RuleSetSource.Load(path, warnings).Assembly)];
        builder.Services.AddPolicyRules(o =>
        {
            foreach (var assembly in ruleAssemblies)
            {
                o.AddRuleSet(assembly);
            }

            o.UseOnly(options.RuleSets);
            o.MaxRuleFirings = options.MaxRuleFirings;
            o.Evaluator = options.Evaluator;
            o.MaxEvaluationTime = TimeSpan.FromSeconds(options.RequestTimeoutSeconds);
            o.CaseLimits = o.CaseLimits with { MaxBytes = (int)Math.Min(int.MaxValue, options.MaxRequestBodyBytes) };
            o.TraceLevel = ParseTraceLevel(options.TraceLevel);
            o.DecisionLogPath = NullIfBlank(options.DecisionLog);
            o.DecisionLog.FlushToDisk = options.DecisionLogFlushToDisk;
            o.DecisionLog.Source = "server";
        });
        builder.Services.TryAddSingleton<ICaseExplainer, FiredRulesExplainer>();
        builder.Services.AddWorkbench(builder.Configuration);
        builder.Services.AddSingleton<EvaluationGate>();
        builder.Services.AddRateLimiter(limits =>
        {
            // Requests being read or evaluated at once; each holds its body (up to MaxRequestBodyBytes) in memory.
            limits.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetConcurrencyLimiter("cases", _ => new ConcurrencyLimiterOptions { PermitLimit = options.MaxRequestsInFlight, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("other"));
            limits.OnRejected = (rejected, _) => new ValueTask(EvaluationGate.Busy(options, rejected.HttpContext, heavy: false).ExecuteAsync(rejected.HttpContext));
        });
        builder.Services.ConfigureHttpJsonOptions(json => ServerJson.Configure(json.SerializerOptions));
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = Problems.Customize);
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(options.RequestTimeoutSeconds),
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = context => Problems.Timeout(options, context).ExecuteAsync(context),
        });
        builder.Services.AddDocumentation(options);

        var app = builder.Build();

        // Compile the rules now: a broken rule set stops start-up with one line instead of failing the first request.
        app.Services.GetRequiredService<PolicyEngine>();
        app.Services.GetRequiredService<Decisions.IDecisionRecorder>();

        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = Problems.HandleException });
        app.UseStatusCodePages();
        app.Use(RequestHead.Limit);
        app.Use(AllowHosts(options));
        app.Use(RequireToken(options.Token));
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        Routes.Map(app);
        WorkbenchRoutes.Map(app);
        return app;
    }

    /// <summary>Checks the bearer token on every route but the public ones, comparing hashes in constant time.</summary>
    private static Func<HttpContext, RequestDelegate, Task> RequireToken(string? token)
    {
        if (token is null)
        {
            return static (context, next) => next(context);
        }

        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        return (context, next) =>
        {
            // The workbench page and its assets hold no data; the page asks for the token and sends it with every API call.
            if (IsPublic(context.Request.Path) || WorkbenchAssets.IsPublic(context.Request) || TokenMatches(context.Request.Headers.Authorization.ToString(), expected))
            {
                return next(context);
            }

            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"policyrules\"";
            return Problems.Write(context, ProblemCatalog.Unauthorized,
                "Send the header `Authorization: Bearer <token>` with the token the server was started with.");
        };
    }

    /// <summary>Liveness, the API description, its reference page and the problem-type pages: nothing in them needs protecting, and a browser opening a page cannot send a bearer token.</summary>
    private static bool IsPublic(PathString path) =>
        path.Equals("/healthz", StringComparison.OrdinalIgnoreCase) ||
        path.StartsWithSegments(ProblemCatalog.Path, StringComparison.OrdinalIgnoreCase) ||
        path.Equals(ApiDocumentation.DocumentPath, StringComparison.OrdinalIgnoreCase) ||
        path.StartsWithSegments(ApiDocumentation.ReferencePath, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Without a token the server trusts that only this machine can reach it; a web page could still reach it through DNS
    /// rebinding (a hostile name that resolves to 127.0.0.1), which shows as a foreign Host header. So without a token only
    /// loopback host names (or the configured ones) are served; /healthz answers any host.
    /// </summary>
    private static Func<HttpContext, RequestDelegate, Task> AllowHosts(PolicyServerOptions options)
    {
        if (options.Token is not null)
        {
            return static (context, next) => next(context);
        }

        var allowed = options.AllowedHosts.Length > 0 ? options.AllowedHosts : ["localhost", "127.0.0.1", "[::1]"];
        var hosts = allowed.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        return (context, next) =>
        {
            if (hosts.Contains(context.Request.Host.Host) || (context.Request.Host.Host.Contains(':', StringComparison.Ordinal) && hosts.Contains($"[{context.Request.Host.Host}]"))
                || context.Request.Path.Equals("/healthz", StringComparison.OrdinalIgnoreCase))
            {
                return next(context);
            }

            return Problems.Write(context, ProblemCatalog.HostNotAllowed,
                $"Without a token the server answers only requests addressed to {string.Join(", ", allowed)}; set PolicyRules:AllowedHosts, or a token.");
        };
    }

    private static bool TokenMatches(string header, byte[] expectedHash)
    {
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Hashing first makes both sides the same length, so the comparison time says nothing about the token.
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(given, expectedHash);
    }

    private static void Validate(PolicyServerOptions options)
    {
        if (options.MaxRequestBodyBytes is < 1024 or > int.MaxValue)
        {
            throw new ServerConfigurationException($"PolicyRules:MaxRequestBodyBytes must be between 1024 and {int.MaxValue} (got {options.MaxRequestBodyBytes}).");
        }

        if (options.RequestTimeoutSeconds is <= 0 or > 3600)
        {
            throw new ServerConfigurationException($"PolicyRules:RequestTimeoutSeconds must be more than 0 and at most 3600 (got {options.RequestTimeoutSeconds}).");
        }

        ParseTraceLevel(options.TraceLevel);
        foreach (var (name, value, min) in new[]
        {
            ("Port", options.Port, 0), ("MaxConcurrentEvaluations", options.MaxConcurrentEvaluations, 1), ("EvaluationQueueLength", options.EvaluationQueueLength, 0),
            ("HeavyCaseFacts", options.HeavyCaseFacts, 1), ("MaxConcurrentHeavyEvaluations", options.MaxConcurrentHeavyEvaluations, 1),
            ("HeavyEvaluationQueueLength", options.HeavyEvaluationQueueLength, 0), ("MaxRequestsInFlight", options.MaxRequestsInFlight, 1), ("RetryAfterSeconds", options.RetryAfterSeconds, 1),
        })
        {
            if (value < min || (name == "Port" && value > 65535))
            {
                throw new ServerConfigurationException($"PolicyRules:{name} must be at least {min}{(name == "Port" ? " and at most 65535" : string.Empty)} (got {value}).");
            }
        }
    }

    private static PolicyTraceLevel ParseTraceLevel(string text) => text.ToUpperInvariant() switch
    {
        "RULES" => PolicyTraceLevel.Rules,
        "FACTS" => PolicyTraceLevel.Facts,
        _ => throw new ServerConfigurationException($"PolicyRules:TraceLevel must be `rules` or `facts` (got `{text}`)."),
    };

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

/// <summary>A server setting is out of range; reported as one line before the server starts.</summary>
internal sealed class ServerConfigurationException(string message) : Exception(message);
