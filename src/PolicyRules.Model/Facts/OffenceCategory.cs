namespace PolicyRules.Facts;

/// <summary>The offence a charge is for. The groups and the meaning of each value are in docs/case-vocabulary.md.</summary>
public enum OffenceCategory
{
    // Ordinary-law crimes.
    /// <summary>Intentional killing.</summary>
    Murder,

    /// <summary>Attempted intentional killing.</summary>
    AttemptedMurder,

    /// <summary>Assault or other violence against the person.</summary>
    Assault,

    /// <summary>Rape.</summary>
    Rape,

    /// <summary>Sexual exploitation of children.</summary>
    ChildSexualExploitation,

    /// <summary>Kidnapping or unlawful detention.</summary>
    Kidnapping,

    /// <summary>Robbery.</summary>
    Robbery,

    /// <summary>Theft.</summary>
    Theft,

    /// <summary>Fraud or swindling.</summary>
    Fraud,

    /// <summary>Embezzlement or misappropriation of funds.</summary>
    Embezzlement,

    /// <summary>Bribery or corruption.</summary>
    Corruption,

    /// <summary>Abuse of office for gain.</summary>
    AbuseOfOffice,

    /// <summary>Money laundering.</summary>
    MoneyLaundering,

    /// <summary>Tax evasion.</summary>
    TaxEvasion,

    /// <summary>Drug trafficking.</summary>
    DrugTrafficking,

    /// <summary>Trafficking in human beings.</summary>
    HumanTrafficking,

    /// <summary>Arson.</summary>
    Arson,

    /// <summary>Forgery.</summary>
    Forgery,

    /// <summary>Computer crime.</summary>
    Cybercrime,

    /// <summary>Smuggling of goods.</summary>
    Smuggling,

    /// <summary>Any other ordinary-law crime.</summary>
    OtherOrdinary,

    /// <summary>An election offence (vote buying, fraud in the count, ...).</summary>
    ElectionOffence,

    /// <summary>A breach of sanctions or export controls.</summary>
    SanctionsViolation,

    /// <summary>Hijacking of an aircraft (convention offence).</summary>
    AircraftHijacking,

    /// <summary>Sabotage of an aircraft (convention offence).</summary>
    AircraftSabotage,

    /// <summary>Attack on an internationally protected person (convention offence).</summary>
    AttackOnProtectedPerson,

    /// <summary>Hostage-taking (convention offence).</summary>
    HostageTaking,

    /// <summary>Terrorist bombing (convention offence).</summary>
    TerroristBombing,

    /// <summary>Financing of terrorism (convention offence).</summary>
    TerrorismFinancing,

    // Offences on the General Secretariat's reported list of excluded offences.
    /// <summary>Prostitution.</summary>
    Prostitution,

    /// <summary>Gestational surrogacy.</summary>
    GestationalSurrogacy,

    /// <summary>Pornography.</summary>
    Pornography,

    /// <summary>Sale of sexual aids.</summary>
    SaleOfSexualAids,

    /// <summary>Defamation or insult of private persons or non-State bodies.</summary>
    DamagingHonour,

    /// <summary>Possession of drugs for personal use.</summary>
    DrugPossessionPersonalUse,

    /// <summary>An unfunded (bounced) cheque.</summary>
    BouncedCheque,

    /// <summary>Abduction of a child by a parent.</summary>
    ParentalChildAbduction,

    // Offences against the state.
    /// <summary>Treason.</summary>
    Treason,

    /// <summary>Espionage.</summary>
    Espionage,

    /// <summary>Sedition.</summary>
    Sedition,

    /// <summary>Disclosure of state secrets.</summary>
    DisclosureOfStateSecrets,

    /// <summary>Undermining state security.</summary>
    UnderminingStateSecurity,

    /// <summary>Rebellion, usurpation or taking part in a coup.</summary>
    UnconstitutionalSeizureOfPower,

    /// <summary>Leaving the country without permission.</summary>
    IllegalEmigration,

    // Expression, association and assembly.
    /// <summary>Insulting the State, a State official or institution.</summary>
    InsultOfficial,

    /// <summary>Prohibited opinions, "false news" or propaganda against the State.</summary>
    ProhibitedOpinion,

    /// <summary>Membership of a prohibited (non-terrorist) organisation.</summary>
    MembershipProhibitedOrganisation,

    /// <summary>Running an unlicensed non-governmental organisation.</summary>
    UnlicensedNgo,

    /// <summary>Receiving unauthorised foreign funding.</summary>
    UnauthorisedForeignFunding,

    /// <summary>Taking part in an unauthorised assembly.</summary>
    UnauthorisedAssembly,

    /// <summary>Mass disorder or riot.</summary>
    MassDisorder,

    // Military offences.
    /// <summary>Desertion.</summary>
    Desertion,

    /// <summary>Evading the draft.</summary>
    DraftEvasion,

    /// <summary>Refusing military service.</summary>
    RefusalOfMilitaryService,

    /// <summary>Absence without leave.</summary>
    AbsentWithoutLeave,

    /// <summary>Insubordination.</summary>
    Insubordination,

    // Religious and racial offences.
    /// <summary>Practising a prohibited religion.</summary>
    PractisingProhibitedReligion,

    /// <summary>Religious proselytism.</summary>
    ReligiousProselytism,

    /// <summary>Membership of a banned religious group.</summary>
    MembershipBannedReligiousGroup,

    /// <summary>Insulting a religion (blasphemy).</summary>
    InsultingReligion,

    /// <summary>An offence concerning interfaith marriage.</summary>
    InterfaithMarriageOffence,

    /// <summary>Apostasy.</summary>
    Apostasy,

    /// <summary>Sorcery.</summary>
    Sorcery,

    /// <summary>Breach of a religious dress code.</summary>
    ReligiousDressCode,

    /// <summary>Membership of a racial association.</summary>
    MembershipRacialAssociation,

    // Sexuality and gender.
    /// <summary>Consensual same-sex conduct.</summary>
    SameSexConduct,

    /// <summary>Expression of gender identity.</summary>
    GenderIdentityExpression,

    // Terrorism.
    /// <summary>A terrorist act.</summary>
    TerroristAct,

    /// <summary>Membership of or support for a terrorist organisation.</summary>
    TerrorismMembershipOrSupport,

    // International crimes.
    /// <summary>Genocide.</summary>
    Genocide,

    /// <summary>Crimes against humanity.</summary>
    CrimesAgainstHumanity,

    /// <summary>War crimes.</summary>
    WarCrimes,
}
