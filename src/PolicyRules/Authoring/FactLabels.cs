using PolicyRules.Facts;

namespace PolicyRules.Authoring;

internal static class FactLabels
{
    public static IReadOnlyList<string> Of(object[] basis)
    {
        if (basis.Length == 0)
        {
            return [];
        }

        var labels = new string[basis.Length];
        for (var i = 0; i < basis.Length; i++)
        {
            labels[i] = basis[i] switch
            {
                IDescribedFact described => described.Label,
                Finding finding => $"finding {finding.RuleId}",
                null => "nothing",
                var other => other.GetType().Name,
            };
        }

        return labels;
    }
}
