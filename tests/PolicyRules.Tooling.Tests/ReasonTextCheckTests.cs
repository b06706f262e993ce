using PolicyRules.TextCheck;

namespace PolicyRules.Tooling.Tests;

public sealed class ReasonTextCheckTests
{
    [Theory]
    [InlineData("No arrest may be made on the Red Notice from  alone.", "two spaces")]
    [InlineData("Only charge(s)  can found extradition.", "two spaces")]
    [InlineData("The treaty with  covers it .", "space before punctuation")]
    [InlineData("The person is believed to be in null.", "null")]
    [InlineData("Warrant () was issued.", "empty brackets")]
    [InlineData("Charge {charge.Id} is excluded.", "brace")]
    [InlineData("TODO: say why.", "placeholder")]
    [InlineData("A request came from <country> alone.", "placeholder")]
    [InlineData("The status is confirmed only by none; verify it.", "none")]
    [InlineData("The request came from.", "preposition")]
    [InlineData(" Leading space.", "whitespace")]
    [InlineData("", "empty")]
    public void Finds_the_marks_of_an_unfilled_template(string reason, string expected)
    {
        var problems = ReasonTextCheck.Problems(reason).ToList();

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("No arrest may be made on the Red Notice from Italy alone: an arrest needs a complaint and warrant under 18 U.S.C. 3184.")]
    [InlineData("Charge c1 punishes membership of, or running or funding, an organisation that is not shown to be terrorist.")]
    [InlineData("The person is believed to be in BY, so the data can be used (RPD Art. 35(2)(b)).")]
    [InlineData("Towards an ordinary-law character: (a) charge c1 alleges personal gain. Neutral: none.")]
    [InlineData("A nullity of the judgment is not alleged.")]
    public void Leaves_sentences_that_read_right(string reason) => Assert.Empty(ReasonTextCheck.Problems(reason));
}
