namespace PolicyRules.Rules.UsExtradition.Derived;

/// <summary>Addresses of the sources the rules cite.</summary>
internal static class Sources
{
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
    public const string Ice15006 = "https://www.ice.gov/news/releases/ice-updates-guidance-use-interpol-red-notices-during-law-enforcement-actions";
    public const string Cfr95 = "http://federal.elaws.us/fr/2/26/1999/99-4560";
    public const string FoxHunt = "https://www.fbi.gov/news/pressrel/press-releases/fbi-director-christopher-wrays-remarks-at-press-conference-regarding-chinas-operation-fox-hunt";
    public const string Apostille = "https://www.hcch.net/es/instruments/conventions/status-table/notifications/?csid=353&disp=resdn";
}
