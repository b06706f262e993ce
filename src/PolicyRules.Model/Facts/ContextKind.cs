namespace PolicyRules.Facts;

/// <summary>Kinds of context indicator. The meaning of each value is in docs/case-vocabulary.md.</summary>
public enum ContextKind
{
    /// <summary>The requester's authorities published a campaign or list of wanted "fugitives" naming the person.</summary>
    PublishedCampaignList,

    /// <summary>Threats, detention, inducements or harassment of the person's relatives to force a return.</summary>
    PressureOnRelatives,

    /// <summary>Agents of the requesting state acting abroad outside lawful channels (surveillance, intimidation, covert return operations).</summary>
    AgentsAbroad,

    /// <summary>Removal or deportation arranged as a substitute for extradition.</summary>
    InformalRemovalDeal,

    /// <summary>A statement that notices are used instead of extradition for persons in this person's situation.</summary>
    StatedSubstituteForExtradition,

    /// <summary>The request follows a change of government or regime connected with the person.</summary>
    ChangeOfGovernment,

    /// <summary>The request is connected with a coup, an attempted coup or civil unrest.</summary>
    CoupOrUnrest,

    /// <summary>The request was made around elections in which the person is involved.</summary>
    ElectionPeriod,

    /// <summary>The requester is in armed conflict or acute dispute with the person's state.</summary>
    ArmedConflictWithPersonsState,

    /// <summary>The person's state of nationality objects to the request.</summary>
    PersonsStateObjects,

    /// <summary>Another state refused extradition of the person (see the grounds).</summary>
    OtherStateRefusedExtradition,

    /// <summary>A UN body, regional human-rights court or similar found the prosecution abusive or politically motivated.</summary>
    InternationalBodyFinding,

    /// <summary>INTERPOL earlier refused or deleted data on this person or these facts under Article 2 or 3.</summary>
    PriorInterpolRefusal,

    /// <summary>The same facts were resubmitted under new legal labels after a refusal.</summary>
    RelabelledCharges,

    /// <summary>A general record of non-compliant requests by the requester.</summary>
    RequesterPastMisuseRecord,

    /// <summary>A persecution campaign against a group the person belongs to.</summary>
    PersecutionCampaignAgainstGroup,
}
