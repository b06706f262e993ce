using System.Collections.Concurrent;
using System.Text.Json;

namespace PolicyRules.Facts;

/// <summary>The names of vocabulary values as they appear in case files and verdicts (camelCase).</summary>
public static class Vocabulary
{
    private static readonly ConcurrentDictionary<Enum, string> Names = new();

    /// <summary>The case-file name of an enum value, e.g. "pressureOnRelatives".</summary>
    public static string Name(Enum value) => Names.GetOrAdd(value, static v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));
}
