namespace PolicyRules.Rules.UsExtradition.Derived;

/// <summary>
/// The states of the U.S. procedure, in ascending precedence: when the facts reach several, the highest is the case's state.
/// </summary>
internal enum ProcedureState
{
    /// <summary>No arrest; await a diplomatic or treaty-conforming request, or the analysis.</summary>
    AwaitingRequest,

    /// <summary>Refer to the U.S. Attorney on a provisional-arrest request.</summary>
    ReferUsaoProvisional,

    /// <summary>Refer to the U.S. Attorney on a formal request.</summary>
    ReferUsaoFormal,

    /// <summary>Not extraditable: no charge is covered.</summary>
    NotExtraditableNotCovered,

    /// <summary>Not extraditable: dual criminality fails for every charge.</summary>
    NotExtraditableDualCriminality,

    /// <summary>Elements 1-3 of 3181(b) are met; the Attorney General's certification is awaited.</summary>
    AwaitingAgCertification,

    /// <summary>Not extraditable: no treaty and 3181(b) not open.</summary>
    NotExtraditableNoTreaty,

    /// <summary>The notice was withdrawn and no request is pending.</summary>
    Closed,

    /// <summary>A 3184 complaint has been filed.</summary>
    ComplaintFiled,

    /// <summary>Arrested; the hearing is awaited.</summary>
    ArrestedAwaitingHearing,

    /// <summary>Provisionally arrested; the treaty period for the formal request is running.</summary>
    ProvisionalArrestRunning,

    /// <summary>The provisional-arrest period lapsed.</summary>
    ProvisionalArrestLapsed,

    /// <summary>The 3184 hearing was held; certification is pending.</summary>
    Hearing,

    /// <summary>Not certified; discharged.</summary>
    NotCertifiedDischarged,

    /// <summary>Certified; the Secretary of State decides.</summary>
    SecretaryReview,

    /// <summary>Surrender ordered.</summary>
    SurrenderOrdered,

    /// <summary>Surrender denied.</summary>
    SurrenderDenied,

    /// <summary>Discharged under 3188.</summary>
    Released3188,

    /// <summary>Surrendered.</summary>
    Surrendered,

    /// <summary>The person has not been located in the United States.</summary>
    NotLocated,
}

/// <summary>The facts reach a state of the procedure (several may hold at once; the highest wins).</summary>
/// <param name="State">The state reached.</param>
internal sealed record StageReached(ProcedureState State) : DerivedFact
{
    /// <inheritdoc />
    public override string Label => $"stage {StateNames.Of(State)} reached";
}

/// <summary>The one state of the procedure the case is in: the highest stage reached.</summary>
/// <param name="State">The state.</param>
internal sealed record CurrentState(ProcedureState State) : DerivedFact
{
    /// <inheritdoc />
    public override string Label => $"procedural state {StateNames.Of(State)}";
}

/// <summary>The names of the states as verdicts print them, e.g. "NOT_EXTRADITABLE_NO_TREATY".</summary>
internal static class StateNames
{
    /// <summary>The upper-case name of a state.</summary>
    public static string Of(ProcedureState state) => state switch
    {
        ProcedureState.AwaitingRequest => "AWAITING_REQUEST",
        ProcedureState.ReferUsaoProvisional => "REFER_USAO_PROVISIONAL",
        ProcedureState.ReferUsaoFormal => "REFER_USAO_FORMAL",
        ProcedureState.NotExtraditableNotCovered => "NOT_EXTRADITABLE_NOT_COVERED",
        ProcedureState.NotExtraditableDualCriminality => "NOT_EXTRADITABLE_DUAL_CRIMINALITY",
        ProcedureState.AwaitingAgCertification => "AWAITING_AG_CERTIFICATION",
        ProcedureState.NotExtraditableNoTreaty => "NOT_EXTRADITABLE_NO_TREATY",
        ProcedureState.Closed => "CLOSED",
        ProcedureState.ComplaintFiled => "COMPLAINT_FILED",
        ProcedureState.ArrestedAwaitingHearing => "ARRESTED_AWAITING_HEARING",
        ProcedureState.ProvisionalArrestRunning => "PROVISIONAL_ARREST_RUNNING",
        ProcedureState.ProvisionalArrestLapsed => "PROVISIONAL_ARREST_LAPSED",
        ProcedureState.Hearing => "HEARING",
        ProcedureState.NotCertifiedDischarged => "NOT_CERTIFIED_DISCHARGED",
        ProcedureState.SecretaryReview => "SECRETARY_REVIEW",
        ProcedureState.SurrenderOrdered => "SURRENDER_ORDERED",
        ProcedureState.SurrenderDenied => "SURRENDER_DENIED",
        ProcedureState.Released3188 => "RELEASED_3188",
        ProcedureState.Surrendered => "SURRENDERED",
        ProcedureState.NotLocated => "NOT_LOCATED",
        _ => state.ToString(),
    };
}
