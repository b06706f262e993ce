using System.Collections.Concurrent;
using System.Reflection;
using NRules.Fluent;
using NRules.RuleModel;

namespace PolicyRules.Authoring;

/// <summary>Finds the rule set a compiled rule belongs to, through the assembly of its CLR type.</summary>
internal static class RuleSetNames
{
    // Read-only after the first lookup of each assembly; caching keeps reflection off the per-firing path.
    private static readonly ConcurrentDictionary<Assembly, string> ByAssembly = new();

    public static string Of(IRuleDefinition rule)
    {
        if (rule.Properties.TryGetProperty(RuleProperties.ClrType, out var property) && property.Value is Type type)
        {
            return Of(type.Assembly);
        }

        return "unknown";
    }

    public static string Of(Assembly assembly) =>
        ByAssembly.GetOrAdd(assembly, static a => a.GetCustomAttribute<PolicyRuleSetAttribute>()?.Name ?? a.GetName().Name ?? "unknown");
}
