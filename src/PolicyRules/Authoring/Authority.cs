namespace PolicyRules.Authoring;

/// <summary>How firmly the source behind a citation has been confirmed; mirrors the [C]/[S]/[U] tags of the legal research.</summary>
public enum Authority
{
    /// <summary>Confirmed from the primary text or a source that quotes it. May decide a case.</summary>
    Confirmed,

    /// <summary>Secondary source only (practitioners, NGOs, press). May send a case to review, never decide it.</summary>
    Secondary,

    /// <summary>Not confirmed. May send a case to review, never decide it.</summary>
    Unconfirmed,
}
