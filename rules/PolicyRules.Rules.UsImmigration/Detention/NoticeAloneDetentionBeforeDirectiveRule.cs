namespace PolicyRules.Rules.UsImmigration.Detention;

[Name("IMM-0206")]
[Description("Before ICE Directive 15006.1, ICE holds the person on the notice alone: no binding rule forbade it, but custody must rest on the INA and the notice is no proof of a crime; the immigration judge may redetermine custody.")]
[Citation(Sources.Ina, "§ 236(a) (arrest and detention pending removal proceedings; release on bond)", Authority.Confirmed, Url = Sources.Ina236)]
[Citation("Hernandez Lara v. Barr", "962 F.3d 45 (1st Cir. 2020), repeating the Justice Department's view that a Red Notice alone does not meet the Fourth Amendment's requirements for arrest", Authority.Secondary)]
[Citation("Kharis v. Sessions", "No. 18-cv-04800-JST (N.D. Cal. 6 Nov 2018)", Authority.Confirmed, Url = Sources.KharisText)]
[EffectiveFrom("1997-04-01")]
[EffectiveUntil("2023-09-28")]
[Remarks("The law in time of IMM-0201: until the directive of 29 Sep 2023 the notice-alone detention is a question for review, not a refusal. From 1 April 1997 (INA 236(a) as enacted by IIRIRA [U: date as commonly cited]); earlier custody law (former INA 242(a)) is not encoded.")]
internal sealed class NoticeAloneDetentionBeforeDirectiveRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;
        UsSituation us = default!;

        When()
            .Match(() => req)
            .Match(() => us, u => Immigration.HeldOnNoticeAlone(u));

        Then()
            .Yield(ctx => ctx.Review(
                $"ICE holds the person on the {Immigration.Notice(req)} alone. Before ICE Directive 15006.1 (29 Sep 2023) no binding rule forbade it, but custody must rest on the INA, and in the Justice Department's view a notice alone is no probable cause of a crime; the person may ask an immigration judge to redetermine custody.",
                req, us));
    }
}
