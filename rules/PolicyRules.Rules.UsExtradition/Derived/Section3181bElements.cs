using System.Collections.Immutable;

namespace PolicyRules.Rules.UsExtradition.Derived;

/// <summary>The elements of 18 U.S.C. 3181(b) (surrender without a treaty), as the facts establish them.</summary>
internal sealed record Section3181bElements : DerivedFact
{
    /// <summary>3181(b) was law on the as-of date (from 1996-04-24); before that no element can be met.</summary>
    public bool RouteExists { get; init; } = true;

    /// <summary>Element 1: the person is neither a U.S. citizen, a U.S. national nor a lawful permanent resident.</summary>
    public required bool PersonEligible { get; init; }

    /// <summary>The person's U.S. status, when known.</summary>
    public UsPersonStatus? PersonStatus { get; init; }

    /// <summary>Elements 2 and 3: the charges for a crime of violence against a U.S. national committed in a foreign country.</summary>
    public required ImmutableArray<string> QualifyingChargeIds { get; init; }

    /// <summary>Element 4: the Attorney General's written certification, when given.</summary>
    public AttorneyGeneralCertification? Certification { get; init; }

    /// <summary>Element 4 is met: the certification covers both limbs (crime of violence; not political).</summary>
    public bool AgCertified => Certification is { CrimeOfViolenceEvidence: true, NotPoliticalNature: true };

    /// <summary>Elements 1 to 3 are met; only the certification may be missing.</summary>
    public bool ElementsMetExceptCertification => PersonEligible && !QualifyingChargeIds.IsEmpty;

    /// <summary>
    /// Whether element 1 alone is unknown where it could decide: 3181(b) is law, a charge meets elements 2-3, and the case
    /// does not state the person's U.S. status (USX-0201 then asks instead of refusing).
    /// </summary>
    public bool PersonStatusUndecided => RouteExists && PersonStatus == null && !QualifyingChargeIds.IsEmpty;

    /// <summary>Every element is met.</summary>
    public bool Met => ElementsMetExceptCertification && AgCertified;

    /// <summary>The qualifying charges, for reasons, e.g. "c1, c2".</summary>
    public string Charges => string.Join(", ", QualifyingChargeIds);

    /// <summary>The limbs of the certification still missing, in words.</summary>
    public string MissingLimbs => Certification switch
    {
        null => "the certification itself",
        { CrimeOfViolenceEvidence: false, NotPoliticalNature: false } => "both the crime-of-violence and the not-political limb",
        { CrimeOfViolenceEvidence: false } => "the crime-of-violence limb",
        { NotPoliticalNature: false } => "the not-political limb",
        _ => "nothing",
    };

    /// <summary>The person's status in words, e.g. "lawful permanent resident".</summary>
    public string StatusText => PersonStatus switch
    {
        UsPersonStatus.Citizen => "U.S. citizen",
        UsPersonStatus.NonCitizenNational => "U.S. national who is not a citizen",
        UsPersonStatus.LawfulPermanentResident => "lawful permanent resident",
        UsPersonStatus.OtherNoncitizen => "non-citizen who is not a permanent resident",
        _ => "person of unknown status",
    };

    /// <summary>The certification date as yyyy-MM-dd, or "unknown".</summary>
    public string CertifiedText => UsFacts.Iso(Certification?.CertifiedOn);

    /// <inheritdoc />
    public override string Label => RouteExists ? "18 U.S.C. 3181(b) elements" : "no surrender without a treaty before 1996-04-24";
}
