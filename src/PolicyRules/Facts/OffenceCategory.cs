namespace PolicyRules.Facts;

/// <summary>The offence a charge is for. The meaning of each value is in docs/case-vocabulary.md.</summary>
public enum OffenceCategory
{
    /// <summary>Embezzlement or misappropriation of funds.</summary>
    Embezzlement,

    /// <summary>Bribery or corruption.</summary>
    Corruption,

    /// <summary>Fraud or swindling.</summary>
    Fraud,

    /// <summary>Money laundering.</summary>
    MoneyLaundering,

    /// <summary>Intentional killing.</summary>
    Murder,

    /// <summary>Other offences against the person involving serious violence.</summary>
    SeriousAssault,

    /// <summary>Any other ordinary-law crime.</summary>
    OtherOrdinaryCrime,
}
