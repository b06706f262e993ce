namespace PolicyRules.Rules.UsExtradition.Derived;

/// <summary>
/// The procedural record read as a court opinion states it: a case may enter the procedure at any stage, and an established
/// later step implies the earlier ones the law puts before it (18 U.S.C. 3184: complaint, warrant, hearing, certification;
/// 3186: the Secretary's order, then surrender). A step is <b>established</b> when the case states it or states a later step
/// that presupposes it; it is <b>stated not taken</b> only when the case says so (<c>certification: pending</c>,
/// <c>secretaryDecision: pending</c>); otherwise it is unknown. The reader refuses a record whose stated steps contradict each
/// other (check <c>record-order</c>), so the implications below never override a stated fact.
/// </summary>
internal static class ProceduralRecord
{
    /// <summary>The person was surrendered.</summary>
    public static bool Surrendered(UsSituation us) => UsFacts.Proc(us).SurrenderedOn != null;

    /// <summary>The Secretary ordered surrender (stated, with or without conditions, or implied by the surrender).</summary>
    public static bool SurrenderOrdered(UsSituation us) =>
        UsFacts.Proc(us).SecretaryDecision is SecretaryDecision.SurrenderOrdered or SecretaryDecision.SurrenderOrderedWithConditions
        || Surrendered(us);

    /// <summary>The Secretary decided (ordered or denied surrender), stated or implied.</summary>
    public static bool SecretaryDecided(UsSituation us) =>
        SurrenderOrdered(us) || UsFacts.Proc(us).SecretaryDecision == SecretaryDecision.Denied
        || UsFacts.Proc(us).DischargeReason == DischargeReason.SecretaryDenial;

    /// <summary>
    /// The judge certified extraditability and committed the person: stated, or implied by a step only a certified person
    /// reaches (the certification date, a habeas petition, the Secretary's decision, a surrender, a 3188 discharge).
    /// </summary>
    public static bool Certified(UsSituation us) =>
        CertifiedCaseWide(us) || UsFacts.Proc(us).Counts.Any(c => CountCertified(c) == true);

    /// <summary>The case-wide record establishes certification (see <see cref="Certified"/>), whatever the counts say.</summary>
    private static bool CertifiedCaseWide(UsSituation us) =>
        UsFacts.Proc(us).Certification == CertificationStatus.Certified
        || UsFacts.Proc(us).CertifiedOn != null
        || UsFacts.Proc(us).HabeasPending
        || SecretaryDecided(us)
        || UsFacts.Proc(us).DischargeReason == DischargeReason.Section3188;

    /// <summary>The judge refused to certify (stated, or stated as the reason for discharge).</summary>
    public static bool NotCertified(UsSituation us) =>
        UsFacts.Proc(us).Certification == CertificationStatus.NotCertified || UsFacts.Proc(us).DischargeReason == DischargeReason.NotCertified;

    /// <summary>
    /// Whether the judge certified this count: stated on the count, or implied by a habeas or appeal result on it (true);
    /// stated refused or pending (false); null when the count's entry states neither.
    /// </summary>
    public static bool? CountCertified(CountRuling count) =>
        count.Certification switch
        {
            CertificationStatus.Certified => true,
            CertificationStatus.NotCertified or CertificationStatus.Pending => false,
            _ => count.Habeas is not null || count.Appeal is not null ? true : null,
        };

    /// <summary>
    /// Where the certification of one count stands after the courts that reviewed it: a count with its own entry follows it
    /// (a habeas grant sets the certification aside unless reversed on appeal; a habeas denial reversed on appeal sets it
    /// aside; a pending petition or appeal leaves it under review); a count without one follows the case-wide record.
    /// </summary>
    public static CountStanding Standing(UsSituation us, string chargeId)
    {
        var count = UsFacts.Proc(us).Counts.FirstOrDefault(c => c.ChargeId == chargeId);
        if (count is null)
        {
            return CertifiedCaseWide(us) ? (UsFacts.Proc(us).HabeasPending ? CountStanding.UnderReview : CountStanding.Certified)
                : NotCertified(us) ? CountStanding.NotCertified
                : Hearing(us) && UsFacts.Proc(us).Counts.IsEmpty ? CountStanding.Pending
                : CountStanding.NotBeforeJudge;
        }

        if (count.Certification == CertificationStatus.NotCertified)
        {
            return CountStanding.NotCertified;
        }

        if (CountCertified(count) != true)
        {
            return count.Certification == CertificationStatus.Pending ? CountStanding.Pending : CountStanding.NotBeforeJudge;
        }

        var setAside = (count.Habeas, count.Appeal) switch
        {
            (HabeasResult.Granted, AppealResult.Reversed) => false,
            (HabeasResult.Granted, _) => true,
            (HabeasResult.Denied, AppealResult.Reversed) => true,
            _ => false,
        };
        return setAside ? CountStanding.SetAside
            : count.Habeas == HabeasResult.Pending || count.Appeal == AppealResult.Pending ? CountStanding.UnderReview
            : CountStanding.Certified;
    }

    /// <summary>The judge has decided on certification, either way.</summary>
    public static bool CertificationDecided(UsSituation us) => Certified(us) || NotCertified(us);

    /// <summary>The 3184 hearing was held: stated, or implied by the judge's decision on certification.</summary>
    public static bool Hearing(UsSituation us) => UsFacts.Proc(us).HearingHeldOn != null || CertificationDecided(us);

    /// <summary>
    /// A 3184 complaint was filed and a warrant issued: stated (complaint or arrest on the warrant), or implied by a hearing,
    /// or by a discharge when the provisional-arrest period lapsed (only a person arrested on the warrant is discharged).
    /// </summary>
    public static bool Complaint(UsSituation us) =>
        UsFacts.Proc(us).ComplaintFiledOn != null || UsFacts.Proc(us).ArrestedOn != null || Hearing(us)
        || UsFacts.Proc(us).DischargeReason == DischargeReason.ProvisionalArrestLapse;

    /// <summary>
    /// The formal request and its documents were before the court: implied by a hearing, since the 3184 hearing considers the
    /// evidence the formal request supplies (CRM 615, 617).
    /// </summary>
    public static bool FormalRequestImplied(UsSituation us) => Hearing(us);

    /// <summary>The earlier steps the record implies rather than states, in words (empty when every established step is stated).</summary>
    public static IReadOnlyList<string> Implied(UsSituation us)
    {
        var p = UsFacts.Proc(us);
        var implied = new List<string>();
        if (Complaint(us) && p.ComplaintFiledOn == null)
        {
            implied.Add("the complaint and warrant under 18 U.S.C. 3184");
        }

        if (FormalRequestImplied(us) && !us.Requests.Any(r => r.Kind == UsRequestKind.FormalExtradition))
        {
            implied.Add("a formal extradition request received and found in order");
        }

        if (Hearing(us) && p.HearingHeldOn == null)
        {
            implied.Add("the extradition hearing");
        }

        if (Certified(us) && p.Certification != CertificationStatus.Certified)
        {
            implied.Add("the certification of extraditability and commitment");
        }

        if (SurrenderOrdered(us) && p.SecretaryDecision is not (SecretaryDecision.SurrenderOrdered or SecretaryDecision.SurrenderOrderedWithConditions))
        {
            implied.Add("the Secretary of State's order to surrender");
        }

        return implied;
    }

    /// <summary>The latest step the record establishes, in words, e.g. "the certification (implied by a habeas petition)".</summary>
    public static string Latest(UsSituation us)
    {
        var p = UsFacts.Proc(us);
        return Surrendered(us) ? "the surrender"
            : SecretaryDecided(us) ? "the Secretary of State's decision"
            : p.HabeasPending ? "a habeas petition against the certification"
            : CertificationDecided(us) ? "the judge's decision on certification"
            : Hearing(us) ? "the extradition hearing"
            : p.ArrestedOn != null ? "the arrest on the 3184 warrant"
            : Complaint(us) ? "the 3184 complaint"
            : "the request";
    }
}

/// <summary>Where the certification of one count stands.</summary>
internal enum CountStanding
{
    /// <summary>No judge has ruled on the count, as far as the record states.</summary>
    NotBeforeJudge,

    /// <summary>The hearing was held or the count is stated pending; the judge has not ruled.</summary>
    Pending,

    /// <summary>Certified, and no review of it is pending.</summary>
    Certified,

    /// <summary>Certified, and a habeas petition or an appeal against it is pending.</summary>
    UnderReview,

    /// <summary>The judge refused to certify the count.</summary>
    NotCertified,

    /// <summary>Certified, then set aside on habeas or on appeal.</summary>
    SetAside,
}
