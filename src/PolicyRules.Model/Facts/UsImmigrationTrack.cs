namespace PolicyRules.Facts;

/// <summary>How the person came into the United States (it decides which custody statute can apply).</summary>
public enum MannerOfEntry
{
    /// <summary>Inspected and admitted (e.g. on a visa), including a later change or loss of status.</summary>
    Admitted,

    /// <summary>Paroled into the United States.</summary>
    Paroled,

    /// <summary>Entered without inspection.</summary>
    WithoutInspection,
}

/// <summary>A form of protection from removal the person has applied for.</summary>
public sealed record ReliefApplication
{
    /// <summary>Which protection.</summary>
    public required Relief Relief { get; init; }

    /// <summary>Where the application stands.</summary>
    public required ReliefStatus Status { get; init; }
}

/// <summary>Forms of protection from removal.</summary>
public enum Relief
{
    /// <summary>Asylum (INA 208).</summary>
    Asylum,

    /// <summary>Withholding of removal under INA 241(b)(3).</summary>
    Withholding,

    /// <summary>Withholding of removal under the Convention Against Torture (8 C.F.R. 1208.16(c)).</summary>
    CatWithholding,

    /// <summary>Deferral of removal under the Convention Against Torture (8 C.F.R. 1208.17).</summary>
    CatDeferral,
}

/// <summary>Where an application for protection stands.</summary>
public enum ReliefStatus
{
    /// <summary>Not yet decided.</summary>
    Pending,

    /// <summary>Granted.</summary>
    Granted,

    /// <summary>Denied.</summary>
    Denied,
}

/// <summary>
/// The serious-nonpolitical-crime bar (INA 208(b)(2)(A)(iii), 241(b)(3)(B)(iii)) in the proceedings: how DHS uses the
/// notice to raise it, and what the immigration judge found. Each field null when not stated.
/// </summary>
public sealed record SeriousCrimeBar : IDescribedFact
{
    /// <summary>DHS offers the notice as evidence that there are serious reasons for believing the person committed a serious nonpolitical crime.</summary>
    public bool? NoticeOffered { get; init; }

    /// <summary>DHS offers evidence beyond the notice itself (the warrant, the underlying file, testimony).</summary>
    public bool? OtherEvidence { get; init; }

    /// <summary>The immigration judge's finding on the bar; null while undecided.</summary>
    public BarFinding? Finding { get; init; }

    /// <inheritdoc />
    public string Label => "serious-nonpolitical-crime bar";
}

/// <summary>The immigration judge's finding on the serious-nonpolitical-crime bar.</summary>
public enum BarFinding
{
    /// <summary>The bar applies: serious reasons were shown and the applicant did not rebut them.</summary>
    Applies,

    /// <summary>The bar does not apply: serious reasons were not shown, or the applicant rebutted them.</summary>
    DoesNotApply,
}

/// <summary>A custody redetermination (bond hearing) before an immigration judge. Each field null when not stated.</summary>
public sealed record CustodyRedetermination : IDescribedFact
{
    /// <summary>The statute ICE detains under.</summary>
    public CustodyAuthority? Authority { get; init; }

    /// <summary>DHS cites the notice as showing danger or flight risk.</summary>
    public bool? NoticeCited { get; init; }

    /// <summary>The immigration judge's decision; null while pending.</summary>
    public BondDecision? Decision { get; init; }

    /// <summary>The person has a fixed address in the United States (a Matter of Guerra factor).</summary>
    public bool? FixedAddress { get; init; }

    /// <summary>The person has family ties in the United States.</summary>
    public bool? FamilyTies { get; init; }

    /// <summary>The person has a stable employment history.</summary>
    public bool? Employment { get; init; }

    /// <summary>The person has appeared at every hearing so far.</summary>
    public bool? AppearedAtHearings { get; init; }

    /// <summary>The person has a U.S. criminal record.</summary>
    public bool? UsCriminalRecord { get; init; }

    /// <inheritdoc />
    public string Label => "custody redetermination";
}

/// <summary>The statute ICE detains under.</summary>
public enum CustodyAuthority
{
    /// <summary>Discretionary detention under INA 236(a): an immigration judge may release on bond.</summary>
    Discretionary,

    /// <summary>Mandatory detention under INA 236(c) (certain criminal and terrorist grounds).</summary>
    MandatoryCriminal,

    /// <summary>Detention of an applicant for admission under INA 235(b).</summary>
    ApplicantForAdmission,

    /// <summary>Detention after a final order, under INA 241(a).</summary>
    PostOrder,
}

/// <summary>The immigration judge's custody decision.</summary>
public enum BondDecision
{
    /// <summary>Released on bond or on conditions.</summary>
    Released,

    /// <summary>Bond denied: held as a danger or a flight risk.</summary>
    Denied,

    /// <summary>The judge found no jurisdiction to redetermine custody.</summary>
    NoJurisdiction,
}
