namespace PolicyRules.Rules.UsExtradition.Section3181b;

[Name("USX-0404")]
[Description("Provisional arrest is requested in a 18 U.S.C. 3181(b) case, but provisional arrest rests on a treaty article and there is none.")]
[Citation(Sources.UsCode18, "§ 3187 (extraterritorial jurisdiction only; not the authority for foreign requests)", Authority.Confirmed, Url = Sources.Title18Ch209)]
[Citation(Sources.Crm, "615", Authority.Confirmed, Url = Sources.Crm615)]
[EffectiveFrom("1996-04-24")]
[Remarks("Research notes §0.2: for a foreign request, provisional arrest rests on the treaty's provisional-arrest article plus a 3184 complaint; 18 U.S.C. 3187 covers only places under U.S. extraterritorial jurisdiction.")]
internal sealed class ProvisionalArrestWithoutTreatyRule : PolicyRule
{
    public override void Define()
    {
        TreatyStatus treaty = default!;
        Section3181bElements s3181 = default!;
        UsRequest r = default!;

        When()
            .Match(() => treaty, t => t.State != TreatyState.InForce)
            .Match(() => s3181, s => s.ElementsMetExceptCertification)
            .Match(() => r, x => x.Kind == UsRequestKind.ProvisionalArrest && x.Basis == UsRequestBasis.Section3181b);

        Then()
            .Yield(ctx => ctx.Review(
                $"Request {r.Id} asks for provisional arrest, which rests on a treaty's provisional-arrest article, and there is no treaty here; OIA must decide whether to proceed only on a formal request under 18 U.S.C. 3181(b).",
                r, s3181));
    }
}
