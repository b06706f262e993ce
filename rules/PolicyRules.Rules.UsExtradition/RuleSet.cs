[assembly: PolicyRuleSet(
    "us-extradition",
    "U.S. handling of a Red Notice subject found in the United States",
    Version = "1.0.0",
    Order = 2,
    DenyMeaning = "may not proceed: no arrest or extradition on this basis",
    ReviewMeaning = "needs review by the Criminal Division (OIA), the State Department or a court",
    AllowMeaning = "may proceed to the next lawful step",
    NeedsInformationMeaning = "needs information: the Criminal Division (OIA) must obtain the facts asked for before the next step",
    ChargeAllowMeaning = "extraditable on this count as far as the record goes: may proceed on it",
    ChargeDenyMeaning = "not extraditable on this count",
    ChargeReviewMeaning = "for OIA, the court or the Secretary of State to decide on this count",
    ChargeNeedsInformationMeaning = "needs information before this count can proceed or be refused",
    ReferenceFacts = typeof(TreatyTable),
    // The immigration track moved to its own rule set (us-immigration): USX-0501 is IMM-0201, USX-0502 is IMM-0202,
    // USX-0504 became IMM-0101 to IMM-0104.
    RetiredRuleIds = ["USX-0501", "USX-0502", "USX-0504"])]

namespace PolicyRules.Rules.UsExtradition;

/// <summary>Handle on the U.S. rule set, for building an engine: <c>PolicyEngine.Create(UsExtraditionRuleSet.Assembly)</c>.</summary>
public static class UsExtraditionRuleSet
{
    /// <summary>The assembly that holds the rule set.</summary>
    public static System.Reflection.Assembly Assembly => typeof(UsExtraditionRuleSet).Assembly;
}
