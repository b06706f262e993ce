namespace PolicyRules.Rules.UsExtradition.Torture;

[Name("USX-0317")]
[Description("Judicial review of the Secretary's torture decision depends on the circuit: a declaration in the Ninth, none in the Fourth.")]
[Citation("Trinidad y Garcia v. Thomas", "683 F.3d 952 (9th Cir. 2012) (en banc)", Authority.Confirmed)]
[Citation("Mironescu v. Costner", "480 F.3d 664 (4th Cir. 2007)", Authority.Confirmed)]
[EffectiveFrom("1999-02-26")]
[Remarks("Open question Q5: the circuit split is shown as a note for the Ninth and Fourth Circuits only; other circuits get no note.")]
internal sealed class CatForumRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        UsSituation us = default!;

        When()
            .Match(() => basis, b => b.Kind != BasisKind.None)
            .Match(() => us, u => UsFacts.Claims(u).Torture && (u.ForumCircuit == "9" || u.ForumCircuit == "4"));

        Then()
            .Yield(ctx => ctx.Note(
                us.ForumCircuit == "9" ? "In the Ninth Circuit a habeas court may require the Secretary's declaration that the torture-convention obligations were met (Trinidad y Garcia)." : "In the Fourth Circuit there is no habeas review of the Secretary's torture-convention decision (Mironescu).",
                us));
    }
}
