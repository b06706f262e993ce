namespace PolicyRules.Rules.Interpol.Law;

/// <summary>
/// Which conditions of the RPD belong to which INTERPOL channel. Articles 2 and 3 of the Constitution apply to every
/// channel (RPD Arts 5(2), 9(3), 34, 99(2)(d)); the Red Notice conditions (Arts 82-87) and the judicial data a
/// wanted-person diffusion carries (Art. 99(2)(a)) apply to those two channels only (open question Q8), and each other
/// channel has its own conditions (Blue notice Art. 88, Yellow notice Art. 90, diffusions Art. 97, messages Art. 9).
/// </summary>
internal static class Channels
{
    /// <summary>The wanted-person channels: a Red Notice or a wanted-person diffusion, which seek the person's arrest.</summary>
    public static bool WantedPerson(RequestKind kind) => kind is RequestKind.RedNotice or RequestKind.Diffusion;

    /// <summary>The channels that may never seek an arrest: Blue notices and diffusions (Arts 88(1), 97(1)(b)-(d)), Yellow notices (Art. 90(1)).</summary>
    public static bool LocateOrIdentifyOnly(RequestKind kind) => kind is RequestKind.BlueNotice or RequestKind.BlueDiffusion or RequestKind.YellowNotice;

    /// <summary>Notices and diffusions of every colour (RPD Art. 1(13)-(14)), as opposed to a message or a database record.</summary>
    public static bool NoticeOrDiffusion(RequestKind kind) => kind is not (RequestKind.Message or RequestKind.SltdRecord);

    /// <summary>A channel other than the wanted-person ones gives no summary of facts and does not say it lacks one (so whether facts support its charges is unknown).</summary>
    public static bool SummaryUnknownOutsideWantedPerson(Request r) =>
        !WantedPerson(r.Kind) && r.SummaryOfFacts is null && !r.Lacks.Contains(RequestItem.SummaryOfFacts);

    /// <summary>The channels whose request concerns a person's whereabouts (all but a record of a document).</summary>
    public static bool ConcernsPerson(RequestKind kind) => kind != RequestKind.SltdRecord;

    /// <summary>The purposes of a Blue notice (Art. 88(1)(a)-(c)) and of a Blue diffusion (Art. 97(1)(b)-(d)).</summary>
    public static bool BluePurpose(RequestPurpose? purpose) =>
        purpose is RequestPurpose.LocateOnly or RequestPurpose.AdditionalInformation or RequestPurpose.Identification;

    /// <summary>The statuses a Blue notice may give the person (Art. 88(2)(a)).</summary>
    public static bool BlueStatus(SubjectStatus? status) =>
        status is SubjectStatus.Convicted or SubjectStatus.Charged or SubjectStatus.Suspect or SubjectStatus.Witness or SubjectStatus.Victim;

    /// <summary>Grounds of revocation that are political by nature: criticism of the state, political activity, leaving the country.</summary>
    public static bool PoliticalRevocation(RevocationReason? reason) =>
        reason is RevocationReason.PoliticalExpression or RevocationReason.PoliticalActivity or RevocationReason.LeftCountryWithoutPermission;

    /// <summary>A purpose in words, as the object of "seeks": "to locate the person", "information on the person".</summary>
    public static string PurposeText(RequestPurpose purpose) => purpose switch
    {
        RequestPurpose.LocateOnly => "to locate the person",
        RequestPurpose.AdditionalInformation => "information on the person",
        RequestPurpose.Identification => "to identify the person",
        RequestPurpose.Warning => "to warn about the person's criminal activities",
        RequestPurpose.Information => "to pass on information",
        RequestPurpose.Extradition => "the person's arrest with a view to extradition",
        RequestPurpose.Surrender => "the person's arrest with a view to surrender",
        RequestPurpose.SimilarLawfulAction => "the person's arrest with a view to a similar lawful action",
        _ => "another purpose",
    };

    /// <summary>A status in words, after "calls the person": "a suspect", "charged".</summary>
    public static string StatusText(SubjectStatus status) => status switch
    {
        SubjectStatus.Convicted => "convicted",
        SubjectStatus.Charged => "charged",
        SubjectStatus.Suspect => "a suspect",
        SubjectStatus.Witness => "a witness",
        SubjectStatus.Victim => "a victim",
        SubjectStatus.Missing => "missing",
        _ => "an unidentified person",
    };

    /// <summary>Why a document was revoked, in words, after "revoked": "because its holder criticised the State".</summary>
    public static string RevocationText(RevocationReason reason) => reason switch
    {
        RevocationReason.CriminalProceedings => "because of criminal proceedings against its holder",
        RevocationReason.PoliticalExpression => "because its holder criticised the State, its officials or its institutions",
        RevocationReason.PoliticalActivity => "because of its holder's political activity",
        RevocationReason.LeftCountryWithoutPermission => "because its holder left the country without permission",
        RevocationReason.Administrative => "on an administrative ground",
        _ => "on another ground",
    };

    /// <summary>The RPD articles whose conditions a request of this kind must meet, for reasons.</summary>
    public static string Conditions(RequestKind kind) => kind switch
    {
        RequestKind.RedNotice or RequestKind.Diffusion => "RPD Arts 82-83",
        RequestKind.BlueNotice => "RPD Art. 88",
        RequestKind.BlueDiffusion => "RPD Arts 97 and 99",
        RequestKind.YellowNotice => "RPD Art. 90",
        RequestKind.Message => "RPD Arts 9 and 10",
        _ => "RPD Arts 10, 34 and 35",
    };

    /// <summary>The Yellow notice's purposes: to locate a missing person, or to identify one (Art. 90(1)); the kind implies it when no purpose is stated.</summary>
    public static bool YellowPurpose(RequestPurpose? purpose) => purpose is null or RequestPurpose.LocateOnly or RequestPurpose.Identification;

    /// <summary>A condition of RPD Art. 90(2) stated as not met, in words; null when none is.</summary>
    public static string? YellowDefect(MissingPersonReport? m) =>
        m is null ? null
        : m.ReportedToPolice == false ? "the disappearance was not reported to and recorded by the police (Art. 90(2)(a))"
        : m.WhereaboutsUnknownToPolice == false ? "the police know where the person is (Art. 90(2)(b))"
        : m.Adult == true && m.PrivacyLawPermits == false ? "the person is an adult and the requesting country's privacy law prevents the request (Art. 90(2)(c))"
        : null;

    /// <summary>The first condition of RPD Art. 90(2) the case leaves unknown, as a question; null when all are stated.</summary>
    public static Question? YellowQuestion(MissingPersonReport? m)
    {
        const string Path = "$.request.missingPerson";
        if (m?.ReportedToPolice is null)
        {
            return new Question(
                "Was the disappearance reported to and recorded by the police (RPD Art. 90(2)(a))?",
                new Answer("no", m is null ? Path : Path + ".reportedToPolice", m is null ? "{\"reportedToPolice\":false}" : "false"),
                new Answer("yes", m is null ? Path : Path + ".reportedToPolice", m is null ? "{\"reportedToPolice\":true}" : "true"));
        }

        if (m.WhereaboutsUnknownToPolice is null)
        {
            return new Question(
                "Do the police know where the person is (RPD Art. 90(2)(b))?",
                new Answer("yes, they know", Path + ".whereaboutsUnknownToPolice", "false"),
                new Answer("no, the whereabouts are unknown", Path + ".whereaboutsUnknownToPolice", "true"));
        }

        if (m.Adult is null)
        {
            return new Question(
                "Is the missing person an adult?",
                new Answer("no, a minor", Path + ".adult", "false"),
                new Answer("yes", Path + ".adult", "true"));
        }

        if (m.Adult == true && m.PrivacyLawPermits is null)
        {
            return new Question(
                "Does the requesting country's privacy law allow a request about a missing adult (RPD Art. 90(2)(c))?",
                new Answer("no", Path + ".privacyLawPermits", "false"),
                new Answer("yes", Path + ".privacyLawPermits", "true"));
        }

        return m.Adult == true && m.LeftVoluntarily is null
            ? new Question(
                "Did the adult leave of their own will (for example, by leaving the country)?",
                new Answer("yes", Path + ".leftVoluntarily", "true"),
                new Answer("no", Path + ".leftVoluntarily", "false"))
            : null;
    }
}
