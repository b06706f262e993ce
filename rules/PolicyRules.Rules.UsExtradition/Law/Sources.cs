namespace PolicyRules.Rules.UsExtradition.Law;

/// <summary>
/// The instruments the rules cite most, and the addresses of the sources. A citation names its instrument through this
/// table, so an instrument is spelled one way everywhere; cases and one-off sources are cited by their own names.
/// </summary>
internal static class Sources
{
    /// <summary>Title 18 of the United States Code (Crimes and Criminal Procedure); chapter 209 is extradition.</summary>
    public const string UsCode18 = "18 U.S.C.";

    /// <summary>Title 22 of the United States Code (Foreign Relations); 263b is the Transnational Repression Accountability and Prevention Act's INTERPOL section.</summary>
    public const string UsCode22 = "22 U.S.C.";

    /// <summary>Title 8 of the United States Code (Aliens and Nationality).</summary>
    public const string UsCode8 = "8 U.S.C.";

    /// <summary>Title 22 of the Code of Federal Regulations; part 95 implements the Convention against Torture in extradition.</summary>
    public const string Cfr22 = "22 C.F.R.";

    /// <summary>The former U.S. Attorneys' Manual, Organization and Functions Manual (archived).</summary>
    public const string Usam = "USAM Organization and Functions Manual";

    /// <summary>The Justice Department's Criminal Resource Manual (archived).</summary>
    public const string Crm = "Criminal Resource Manual";

    /// <summary>The Justice Department's Justice Manual.</summary>
    public const string JusticeManual = "Justice Manual";

    /// <summary>Foreign Affairs Manual, volume 7 (consular affairs).</summary>
    public const string Fam7 = "7 FAM";

    /// <summary>The project's own legal research (shared/domain), for decisions the sources leave open.</summary>
    public const string ResearchNotes = "PolicyRules legal research notes";

    /// <summary>The treaty list and the treaty table (Reference/treaties.json).</summary>
    public const string TreatyList = "Extradition treaties";

    /// <summary>Statements and pages of the Department of State.</summary>
    public const string StateDepartment = "U.S. Department of State";

    public const string Title18Ch209 = "https://www.law.cornell.edu/uscode/text/18/3181";
    public const string S3184 = "https://www.law.cornell.edu/uscode/text/18/3184";
    public const string S3186 = "https://www.law.cornell.edu/uscode/text/18/3186";
    public const string S3188 = "https://www.law.cornell.edu/uscode/text/18/3188";
    public const string S3190 = "https://www.law.cornell.edu/uscode/text/18/3190";
    public const string S3196 = "https://www.law.cornell.edu/uscode/text/18/3196";
    public const string UsamOf3 = "https://www.justice.gov/archives/usam/organization-and-functions-manual-3-provisional-arrests-and-international-extradition-requests";
    public const string Crm613 = "https://www.justice.gov/archives/jm/criminal-resource-manual-613-role-office-international-affairs-foreign-extradition-requests";
    public const string Crm615 = "https://www.justice.gov/archives/jm/criminal-resource-manual-615-procedure-when-provisional-arrest-requested";
    public const string Crm617 = "https://www.justice.gov/archives/jm/criminal-resource-manual-617-procedure-when-provisional-arrest-not-requested";
    public const string Fam1620 = "https://fam.state.gov/FAM/07FAM/07FAM1620.html";
    public const string Fam1610 = "https://fam.state.gov/FAM/07FAM/07FAM1610.html";
    public const string Trap263b = "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title22-section263b";
    public const string Cfr95 = "http://federal.elaws.us/fr/2/26/1999/99-4560";
    public const string FoxHunt = "https://www.fbi.gov/news/pressrel/press-releases/fbi-director-christopher-wrays-remarks-at-press-conference-regarding-chinas-operation-fox-hunt";
    public const string Apostille = "https://www.hcch.net/es/instruments/conventions/status-table/notifications/?csid=353&disp=resdn";
}
