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

    /// <summary>The distinct IDs of the charges among the basis facts, ordinal; empty when none is a charge fact.</summary>
    public static IReadOnlyList<string> ChargesOf(object[] basis)
    {
        List<string>? charges = null;
        foreach (var fact in basis)
        {
            if (fact is IChargeFact { ChargeId: { } id } && !(charges ??= []).Contains(id))
            {
                charges.Add(id);
            }
        }

        if (charges is null)
        {
            return [];
        }

        charges.Sort(StringComparer.Ordinal);
        return charges;
    }
}
