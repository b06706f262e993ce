namespace PolicyRules.Rules.UsExtradition.TreatyBasis;

[Name("USX-0212")]
[Description("The treaty table does not record the treaty's type (list or dual criminality): coverage cannot be assessed.")]
[Citation(Sources.ResearchNotes, "us-extradition §10.2 (type per treaty)", Authority.Unconfirmed)]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[EffectiveFrom("1948-09-01")]
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
