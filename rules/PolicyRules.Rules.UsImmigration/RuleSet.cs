[assembly: PolicyRuleSet(
    "us-immigration",
    "U.S. immigration track of a Red Notice subject: removal, relief, detention and bond",
    Version = "1.0.0",
    Order = 3,
    DenyMeaning = "may not rest on the notice: ICE may not take this step on the notice alone",
    ReviewMeaning = "for an immigration judge, the Board of Immigration Appeals or an ICE supervisor to decide, with the facts that weigh listed",
    AllowMeaning = "nothing in the notice stands in the way of this step",
    NeedsInformationMeaning = "needs information: the facts asked for must be established before an immigration judge or ICE relies on the notice")]

namespace PolicyRules.Rules.UsImmigration;

/// <summary>Handle on the U.S. immigration-track rule set, for building an engine: <c>PolicyEngine.Create(UsImmigrationRuleSet.Assembly)</c>.</summary>
public static class UsImmigrationRuleSet
{
    /// <summary>The assembly that holds the rule set.</summary>
    public static System.Reflection.Assembly Assembly => typeof(UsImmigrationRuleSet).Assembly;
}
