using Microsoft.Extensions.DependencyInjection.Extensions;
using PolicyRules.Decisions;
using PolicyRules.DependencyInjection;
using PolicyRules.Engine;

// In the container's own namespace, as is usual for AddXxx methods, so `services.AddPolicyRules` needs no extra using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers PolicyRules with Microsoft.Extensions.DependencyInjection.</summary>
public static class PolicyRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PolicyEngine"/> as a singleton, built once on first use from the rule sets and bounds configured
    /// here, the <see cref="PolicyRulesOptions"/> themselves, and, when a path is configured, a <see cref="DecisionLog"/>.
    /// Calling it again configures the same options further.
    /// </summary>
    /// <example><code>services.AddPolicyRules(o => o.AddRuleSet(InterpolRuleSet.Assembly).MaxRuleFirings = 5_000);</code></example>
    public static IServiceCollection AddPolicyRules(this IServiceCollection services, Action<PolicyRulesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        // The options are one instance, registered once, so a second call adds to the first instead of replacing it.
        var options = services.FirstOrDefault(d => d.ServiceType == typeof(PolicyRulesOptions))?.ImplementationInstance as PolicyRulesOptions;
        if (options is null)
        {
            options = new PolicyRulesOptions();
            services.AddSingleton(options);
        }

        configure(options);

        // Compiling the rules is the expensive part; it happens once per container, on first resolve, and the engine is thread-safe.
        services.TryAddSingleton(sp => PolicyEngine.Create(sp.GetRequiredService<PolicyRulesOptions>().ToEngineOptions()));
        services.TryAddSingleton<IDecisionRecorder>(sp => sp.GetRequiredService<PolicyRulesOptions>() is { DecisionLogPath: { } path } o
            ? DecisionLog.Open(path, o.DecisionLog)
            : NoDecisionRecorder.Instance);
        return services;
    }
}
