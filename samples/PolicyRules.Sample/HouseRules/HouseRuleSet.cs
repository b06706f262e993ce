using System.Reflection;
using PolicyRules.Authoring;

[assembly: PolicyRuleSet(
    "house",
    "House policy of the sample application",
    Version = "1.0.0",
    Order = 10,
    DenyMeaning = "refused under the house policy",
    ReviewMeaning = "a second reader must look at it",
    AllowMeaning = "nothing in the house policy stands in the way")]

namespace PolicyRules.Sample.HouseRules;

/// <summary>Handle on the sample's own rule set, which lives in this assembly.</summary>
public static class HouseRuleSet
{
    /// <summary>The assembly that holds the rule set.</summary>
    public static Assembly Assembly => typeof(HouseRuleSet).Assembly;
}
