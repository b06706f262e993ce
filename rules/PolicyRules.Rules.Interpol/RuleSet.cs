[assembly: PolicyRuleSet(
    "interpol",
    "INTERPOL neutrality screening",
    Version = "1.0.0",
    Order = 1,
    DenyMeaning = "not compliant: refuse the request or delete the notice",
    ReviewMeaning = "needs review by the General Secretariat before any decision",
    AllowMeaning = "compliant: the request may be processed",
    NeedsInformationMeaning = "needs information: the General Secretariat must ask the requester the questions listed before deciding",
    ChargeAllowMeaning = "may be included in the notice or diffusion",
    ChargeDenyMeaning = "may not be included in the notice or diffusion",
    ChargeReviewMeaning = "the General Secretariat decides whether it may be included",
    ChargeNeedsInformationMeaning = "needs information before it may be included")]

namespace PolicyRules.Rules.Interpol;

/// <summary>Handle on the INTERPOL rule set, for building an engine: <c>PolicyEngine.Create(InterpolRuleSet.Assembly)</c>.</summary>
public static class InterpolRuleSet
{
    /// <summary>The assembly that holds the rule set.</summary>
    public static System.Reflection.Assembly Assembly => typeof(InterpolRuleSet).Assembly;
}
