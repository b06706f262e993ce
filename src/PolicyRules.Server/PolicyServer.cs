using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PolicyRules.Engine;
using PolicyRules.Rules.Interpol;
using PolicyRules.Rules.UsExtradition;

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
        catch (Exception e) when (e is PolicyEngineException or ServerConfigurationException)
        {
            Console.Error.WriteLine($"policyrules serve: {e.Message}");
            return 2;
        }

        app.Run();
        return 0;
    }

    /// <summary>Builds the application (the engine included, so a bad rule set fails here and not on the first request).</summary>
    /// <exception cref="PolicyEngineException">The rule sets cannot be built.</exception>
    /// <exception cref="ServerConfigurationException">A setting is out of range.</exception>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        configure?.Invoke(builder);
        var options = builder.Configuration.GetSection(PolicyServerOptions.Section).Get<PolicyServerOptions>() ?? new PolicyServerOptions();
        options.Token = NullIfBlank(options.Token) ?? NullIfBlank(builder.Configuration["POLICYRULES_TOKEN"]);
        Validate(options);

        // Loopback unless the operator names other addresses (--urls, ASPNETCORE_URLS, or the urls setting).
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]) && string.IsNullOrWhiteSpace(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(PolicyServerOptions.DefaultUrl);
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
        });

        // A request log line per call would cost more than the evaluation; operators can lower this in configuration.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        builder.Services.AddSingleton(options);
        builder.Services.AddPolicyRules(o =>
        {
            o.AddRuleSet(InterpolRuleSet.Assembly).AddRuleSet(UsExtraditionRuleSet.Assembly).UseOnly(options.RuleSets);
            o.MaxRuleFirings = options.MaxRuleFirings;
            o.Evaluator = options.Evaluator;
            o.CaseLimits = o.CaseLimits with { MaxBytes = (int)Math.Min(int.MaxValue, options.MaxRequestBodyBytes) };
            o.TraceLevel = ParseTraceLevel(options.TraceLevel);
            o.DecisionLogPath = NullIfBlank(options.DecisionLog);
            o.DecisionLog.FlushToDisk = options.DecisionLogFlushToDisk;
            o.DecisionLog.Source = "server";
        });
        builder.Services.TryAddSingleton<ICaseExplainer, FiredRulesExplainer>();
        builder.Services.ConfigureHttpJsonOptions(json => ServerJson.Configure(json.SerializerOptions));
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = Problems.Customize);
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(options.RequestTimeoutSeconds),
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = context => Problems.Write(context, StatusCodes.Status503ServiceUnavailable, "timeout", "The request took too long.",
                $"The server stops each request after {options.RequestTimeoutSeconds:0.###} seconds; send a smaller case or try again."),
        });
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "PolicyRules API";
            document.Info.Description = "Evaluate and explain cases against cited rule sets; list the rules.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();

        // Compile the rules now: a broken rule set stops start-up with one line instead of failing the first request.
        app.Services.GetRequiredService<PolicyEngine>();
        app.Services.GetRequiredService<Decisions.IDecisionRecorder>();

        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = Problems.HandleException });
        app.UseStatusCodePages();
        app.Use(RequireToken(options.Token));
        app.UseRequestTimeouts();
        Routes.Map(app);
        return app;
    }

    /// <summary>Checks the bearer token on every route but /healthz, comparing hashes in constant time.</summary>
    private static Func<HttpContext, RequestDelegate, Task> RequireToken(string? token)
    {
        if (token is null)
        {
            return static (context, next) => next(context);
        }

        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        return (context, next) =>
        {
            if (context.Request.Path.Equals("/healthz", StringComparison.OrdinalIgnoreCase) || TokenMatches(context.Request.Headers.Authorization.ToString(), expected))
            {
                return next(context);
            }

            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"policyrules\"";
            return Problems.Write(context, StatusCodes.Status401Unauthorized, "unauthorized", "A bearer token is required.",
                "Send the header `Authorization: Bearer <token>` with the token the server was started with.");
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
