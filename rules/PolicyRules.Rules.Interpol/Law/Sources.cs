namespace PolicyRules.Rules.Interpol.Law;

/// <summary>
/// Instrument names and addresses used in citations (the keys of the spec's citation table). "RPD" is INTERPOL's Rules on
/// the Processing of Data, III/IRPD/GA/2011 (2025 consolidation); the Constitution is I/CONS/GA/1956 (2023).
/// </summary>
internal static class Sources
{
    public const string Constitution = "INTERPOL Constitution";
    // INTERPOL's own legal-documents page (legal review 2026-12-03: the europeancourt.org mirror is a secondary copy).
    public const string ConstitutionUrl = "https://www.interpol.int/Who-we-are/Legal-framework/Legal-documents";

    public const string Rpd = "RPD";

    /// <summary>The rules on notices and diffusions before the RPD (repealed as of 30 June 2012), not available to this rule set.</summary>
    public const string EarlierRules = "Rules in force before the RPD (for 2003-2012 reportedly the Rules on the Processing of Information, AG-2003-RES-04)";
    public const string RpdUrl = "https://www.interpol.int/content/download/5694/file/26%20E%20RulesProcessingData_RPD.pdf";

    public const string Rop = "Repository of Practice on Articles 2 and 3 (2024)";
    public const string RopUrl = "https://www.interpol.int/content/download/12626/file/Repository%20of%20practice%20Articles%202%20and%203.pdf";

    public const string Neutrality = "INTERPOL neutrality page and General Assembly resolutions";
    public const string NeutralityUrl = "https://web.archive.org/web/20150316234943/https://www.interpol.int/About-INTERPOL/Legal-materials/Neutrality-Article-3-of-the-Constitution";

    public const string RefugeeResolution = "INTERPOL Refugee Resolution";
    public const string RefugeeResolutionUrl = "https://www.interpol.int/Who-we-are/Legal-framework/INTERPOL-Refugee-Resolution";

    public const string Ccf2019 = "CCF decision excerpt 2019-5 (as quoted)";
    public const string Ccf2019Url = "https://dhirubhai.net/pulse/extradition-denied-red-notice-removal-konstantina-zivla-eaeuf";

    public const string NgmList = "NGM, Which offences cannot trigger an INTERPOL Red Notice? (reports the General Secretariat's list)";
    public const string NgmListUrl = "https://ngm.com.au/offences-that-cannot-trigger-an-interpol-red-notice/";

    public const string KnCheques = "Kingsley Napley, CCF decisions part four: unfunded or bounced cheques";
    public const string KnChequesUrl = "https://www.kingsleynapley.co.uk/insights/blogs/criminal-law-blog/challenging-interpol-red-notices-what-do-the-ccfs-decisions-tell-us-part-four-unfunded-or-bounced-cheques";

    public const string OthersideAbduction = "Otherside, parental child abduction notices (2022 General Secretariat policy)";
    public const string OthersideAbductionUrl = "https://otherside.law/zh/challenge-interpol-red-yellow-notices-parental-child-abduction";

    public const string RnljRefugees = "Red Notice Law Journal, refugee policy 2014-15 wording (2016)";
    public const string RnljRefugeesUrl = "https://www.rednoticelawjournal.com/2016/09/1351/";

    public const string FairTrialsRefugees = "Fair Trials on the refugee policy (via friedman.legal, 2015)";
    public const string FairTrialsRefugeesUrl = "http://friedman.legal/2015/09/03/red-notice-reform/";

    public const string RnaNaturalised = "Red Notice Abuse, naturalised former refugees";
    public const string RnaNaturalisedUrl = "https://rednoticeabuse.com?p=1719";

    public const string RrnNaturalised = "removerednotice.com, refugee status as grounds for deletion (conflicting view)";
    public const string RrnNaturalisedUrl = "https://removerednotice.com/grounds-for-deletion-refugee-status";

    /// <summary>The Statute of the CCF, II.E/RCIA/GA/2016 as amended to 2025 (AG-2016-RES-06; in force 11 March 2017, Art. 50).</summary>
    public const string CcfStatute = "Statute of the CCF";
    public const string CcfStatuteUrl = "https://www.interpol.int/content/download/5695/file/Statute%20of%20the%20CCF%20%28E%29.pdf";
    public const string CcfStatuteInForce = "2017-03-11";

    public const string InForce = "2012-07-01";
    public const string RefugeePolicyInForce = "2015-02-01";
}
