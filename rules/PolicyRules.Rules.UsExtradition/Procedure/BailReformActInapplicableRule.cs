namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0408")]
[Description("In extradition custody the Bail Reform Act and the Federal Rules of Criminal Procedure do not apply; release needs special circumstances.")]
[Citation(Sources.Crm, "615, 618", Authority.Confirmed, Url = Sources.Crm615)]
[Citation("Fed. R. Crim. P.", "1(a)(5)(A) (formerly 54(b)(5), moved in the 2002 restyling)", Authority.Confirmed)]
[Citation("Wright v. Henkel", "190 U.S. 40 (1903) (special circumstances)", Authority.Unconfirmed)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: the rule says that neither the Federal Rules of Criminal Procedure (in force 1946-03-21) nor the Bail Reform Act governs extradition custody, and that release needs special circumstances (Wright v. Henkel, 1903). It applies from 1948-09-01, when chapter 209 of title 18 was codified beside the Rules; the special-circumstances standard is older, but before the Rules and the 1948 code there was nothing for the rule to set it apart from, so starting earlier would add no law. The Bail Reform Act (1966, 1984) only gives the sentence a named statute to exclude.")]
internal sealed class BailReformActInapplicableRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).ArrestedOn != null && UsFacts.Proc(u).InCustody && UsFacts.Proc(u).DischargedOn == null && UsFacts.Proc(u).SurrenderedOn == null);

        Then()
            .Yield(ctx => ctx.Note(
                "The Bail Reform Act and the Federal Rules of Criminal Procedure do not apply in extradition custody; release on bail needs special circumstances.",
                us));
    }
}
