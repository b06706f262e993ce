namespace PolicyRules.Rules.UsExtradition.TreatyBasis;

[Name("USX-0212")]
[Description("The treaty table does not record the treaty's type (list or dual criminality): coverage cannot be assessed.")]
[Citation(Sources.ResearchNotes, "us-extradition §10.2 (type per treaty)", Authority.Unconfirmed)]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
internal sealed class TreatyTypeUnknownRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.Treaty)
            .Match(() => treaty, t => t.Type == TreatyType.Unknown);

        Then()
            .Yield(ctx => ctx.Review(
                $"The treaty table does not record whether the treaty with {treaty.Name} is a list or a dual-criminality treaty; OIA must read the treaty to decide which charges it covers.",
                treaty));
    }
}
