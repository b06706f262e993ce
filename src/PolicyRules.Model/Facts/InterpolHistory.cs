namespace PolicyRules.Facts;

/// <summary>
/// One step INTERPOL or its Commission for the Control of Files (CCF) has taken on the data of this request: an application
/// to the CCF and its decision, or a block or deletion by the General Secretariat. An earlier refusal or deletion of other
/// data on the person or these facts is a context item of kind <c>priorInterpolRefusal</c> instead. An omitted field is unknown.
/// </summary>
public sealed record InterpolHistoryEntry : IDescribedFact
{
    /// <summary>What was done.</summary>
    public required InterpolHistoryKind Kind { get; init; }

    /// <summary>For an application, the day the CCF received it; for a block or deletion, the day the General Secretariat took it.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>For an application, what it asks for (CCF Statute Art. 29(1)).</summary>
    public CcfApplicationAsks? Asks { get; init; }

    /// <summary>For an application, the day the CCF declared it admissible (the CCF Statute Art. 40 time limits run from it).</summary>
    public DateOnly? AdmissibleOn { get; init; }

    /// <summary>For an application, the CCF's decision: <c>pending</c> states that it has not yet decided; omitted, nobody has said.</summary>
    public CcfDecision? Decision { get; init; }

    /// <summary>For an application the CCF has decided, the day of its decision; required with a decision other than <c>pending</c>.</summary>
    public DateOnly? DecidedOn { get; init; }

    /// <summary>What was recorded and where (a decision's reference, the General Secretariat's letter).</summary>
    public string? Detail { get; init; }

    /// <inheritdoc />
    public string Label => Kind == InterpolHistoryKind.CcfApplication ? "CCF application" : Kind == InterpolHistoryKind.GsBlock ? "General Secretariat block" : "General Secretariat deletion";
}

/// <summary>What INTERPOL or the CCF did on the data of the request.</summary>
public enum InterpolHistoryKind
{
    /// <summary>The person applied to the CCF about the data (CCF Statute Art. 29).</summary>
    CcfApplication,

    /// <summary>The General Secretariat blocked the data as an interim measure (RPD Art. 129).</summary>
    GsBlock,

    /// <summary>The General Secretariat deleted the data after examining them (RPD Art. 128(4)(b)).</summary>
    GsDeletion,
}

/// <summary>What an application to the CCF asks for.</summary>
public enum CcfApplicationAsks
{
    /// <summary>Access to the data only.</summary>
    Access,

    /// <summary>Correction of the data.</summary>
    Correction,

    /// <summary>Deletion of the data.</summary>
    Deletion,
}

/// <summary>The CCF's decision on an application.</summary>
public enum CcfDecision
{
    /// <summary>Not yet decided.</summary>
    Pending,

    /// <summary>The data are to be deleted.</summary>
    Deleted,

    /// <summary>The data comply and are kept.</summary>
    Kept,

    /// <summary>The data are kept with the correction or update the CCF ordered.</summary>
    KeptWithUpdate,
}
