using Verifier = PolicyRules.Analyzers.Tests.Verify<PolicyRules.Analyzers.RuleShapeAnalyzer>;

namespace PolicyRules.Analyzers.Tests;

public sealed class RuleShapeAnalyzerTests
{
    [Theory]
    [InlineData("public class")]
    [InlineData("public sealed class")]
    [InlineData("internal class")]
    [InlineData("public partial class")]
    public Task NotInternalSealed_Diagnostic(string declaration) => Verifier.Diagnostics(Snippets.Metadata + $$"""
        {{declaration}} {|#0:MinorRule|} : PolicyRule
        {
            public override void Define() { }
        }
        """,
        Verifier.Diagnostic(DiagnosticIds.RuleClassNotInternalSealed).WithLocation(0).WithArguments("MinorRule"));

    [Fact]
    public Task Nested_Diagnostic() => Verifier.Diagnostics("""
        internal static class Rules
        {
        """ + Snippets.Metadata + """
            internal sealed class {|PR0101:MinorRule|} : PolicyRule
            {
                public override void Define() { }
            }
        }
        """);

    [Fact]
    public Task InternalSealed_AndAbstractBase_NoDiagnostic() => Verifier.NoDiagnostics("""
        public abstract class RuleBase : PolicyRule
        {
            protected RuleBase(int weight) { }
        }

        """ + Snippets.Metadata + """
        internal sealed partial class MinorRule : PolicyRule
        {
            public override void Define() { }
        }
        """);

    [Fact]
    public Task ImplicitlyInternal_NoDiagnostic() => Verifier.NoDiagnostics(Snippets.Metadata + """
        sealed class MinorRule : PolicyRule
        {
            public override void Define() { }
        }
        """);

    [Fact]
    public Task OnlyParameterizedConstructor_Diagnostic() => Verifier.Diagnostics(Snippets.Metadata + """
        internal sealed class {|#0:MinorRule|} : PolicyRule
        {
            private readonly int _age;

            public MinorRule(int age) => _age = age;

            public override void Define() { }
        }
        """,
        Verifier.Diagnostic(DiagnosticIds.RuleClassConstructor).WithLocation(0).WithArguments("MinorRule"));

    [Fact]
    public Task InternalParameterlessConstructor_Diagnostic() => Verifier.Diagnostics(Snippets.Metadata + """
        internal sealed class {|PR0102:MinorRule|} : PolicyRule
        {
            internal MinorRule() { }

            public override void Define() { }
        }
        """);

    [Fact]
    public Task ParameterlessBesideOtherConstructor_NoDiagnostic() => Verifier.NoDiagnostics(Snippets.Metadata + """
        internal sealed class MinorRule : PolicyRule
        {
            private readonly int _age;

            public MinorRule() : this(18) { }

            public MinorRule(int age) => _age = age;

            public override void Define() { }
        }
        """);
}
