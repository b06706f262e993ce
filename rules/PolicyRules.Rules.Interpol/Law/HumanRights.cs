namespace PolicyRules.Rules.Interpol.Law;

/// <summary>Pure tests for the Article 2 review rule (spec INT-0506 (a)-(d)).</summary>
internal static class HumanRights
{
    /// <summary>Branches (a)-(c): reported concerns, death-penalty exposure, unremedied findings the Deny rules do not cover.</summary>
    public static bool NeedsReview(Article2Concern c) =>
        c.Basis == Article2Basis.CredibleReports
        || (c.Kind == Article2Kind.DeathPenalty && c.Basis != Article2Basis.AllegationOnly)
        || (c.Kind is Article2Kind.ExcessivePretrialDetention or Article2Kind.Other && c.Basis == Article2Basis.CompetentBodyFinding && !c.Remedied);

    /// <summary>Branches (b) and (d) for a charge: the death penalty, or a conviction in absentia with no retrial.</summary>
    public static bool NeedsReview(Charge c) => c.PenaltyKind == PenaltyKind.Death || c.Capital || (c.ConvictedInAbsentia && c.RetrialGuaranteed == false);

    public static string Describe(Article2Concern c) =>
        $"{Words.Of(c.Kind)} ({Words.Of(c.Basis)}{(c.Body is null ? string.Empty : ", " + c.Body)}{(c.Remedied ? ", remedied" : string.Empty)}; {Words.Detail(c.Detail)})";

    public static string Describe(Charge c) => c.PenaltyKind == PenaltyKind.Death || c.Capital
        ? $"exposure to the death penalty on charge {c.Id} ({Words.Of(c.Category)})"
        : $"conviction in absentia on charge {c.Id} ({Words.Of(c.Category)}) with no guaranteed retrial";
}
