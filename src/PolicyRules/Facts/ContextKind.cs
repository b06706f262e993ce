namespace PolicyRules.Facts;

/// <summary>Kinds of context indicator. The meaning of each value is in docs/case-vocabulary.md.</summary>
public enum ContextKind
{
    /// <summary>The requesting state published a list or campaign naming the person as a fugitive to be brought back.</summary>
    PublishedCampaignList,

    /// <summary>Relatives in the requesting state were pressed or threatened to make the person return.</summary>
    PressureOnRelatives,

    /// <summary>Agents of the requesting state acted abroad to make the person return.</summary>
    AgentsAbroad,

    /// <summary>An official of the requesting state said notices are used because lawful extradition is unavailable.</summary>
    NoticeUsedInsteadOfExtradition,

    /// <summary>The charges followed a change of government.</summary>
    ChangeOfGovernment,

    /// <summary>Another state refused extradition of the person on the same facts.</summary>
    ExtraditionRefusedElsewhere,
}
