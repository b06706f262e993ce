namespace PolicyRules.Rules.UsImmigration.Law;

/// <summary>
/// The instruments the immigration rules cite, spelled one way everywhere, and the addresses where their text was read.
/// Decisions are cited by their own names.
/// </summary>
internal static class Sources
{
    /// <summary>The Immigration and Nationality Act (title 8 of the United States Code).</summary>
    public const string Ina = "INA";

    /// <summary>Title 8 of the Code of Federal Regulations (the immigration courts' rules are chapter V, parts 1001-1337).</summary>
    public const string Cfr8 = "8 C.F.R.";

    /// <summary>ICE's directive on the use of INTERPOL Red Notices and diffusions (2023).</summary>
    public const string IceDirective = "ICE Directive 15006.1";

    /// <summary>The Board of Immigration Appeals' precedent on a Red Notice as evidence of the serious-nonpolitical-crime bar.</summary>
    public const string Werb = "Matter of W-E-R-B-";

    /// <summary>The Board's precedent on custody redetermination under INA 236(a).</summary>
    public const string Guerra = "Matter of Guerra";

    public const string WerbText = "http://casetext.com/admin-law/in-re-werb-1";
    public const string VillalobosSuraText = "http://casetext.com/case/villalobos-sura-v-garland";
    public const string GuerraText = "https://case-law.vlex.com/vid/in-re-guerra-interim-890765663";
    public const string KharisText = "https://law.justia.com/cases/federal/district-courts/california/candce/3:2018cv04800/330368/19/";
    public const string Ice15006 = "https://www.ice.gov/news/releases/ice-updates-guidance-use-interpol-red-notices-during-law-enforcement-actions";
    public const string Ina208 = "https://www.law.cornell.edu/uscode/text/8/1158";
    public const string Ina236 = "https://www.law.cornell.edu/uscode/text/8/1226";
    public const string Ina240 = "https://www.law.cornell.edu/uscode/text/8/1229a";
    public const string Ina241 = "https://www.law.cornell.edu/uscode/text/8/1231";
    public const string Cfr1208_17 = "https://www.law.cornell.edu/cfr/text/8/1208.17";
    public const string Cfr1003_23 = "https://www.law.cornell.edu/cfr/text/8/1003.23";
    public const string YajureHurtadoReport = "https://www.murrayosorio.com/news/2025/september/bia-rules-judges-can-t-grant-bond-hearings-to-mi";
}
