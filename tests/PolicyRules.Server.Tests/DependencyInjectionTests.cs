using PolicyRules.Decisions;
using PolicyRules.DependencyInjection;
using PolicyRules.Engine;
using PolicyRules.Testing;
using PolicyRules.Rules.Interpol;
using PolicyRules.Rules.UsExtradition;

namespace PolicyRules.Server.Tests;

public sealed class DependencyInjectionTests
{
    private static readonly Facts.Case Minimal = Cases.CaseReader.Read(TestBodies.Minimal);

    [Fact]
    public void AddPolicyRules_Engine_IsOneSingletonAcrossScopes()
    {
        var services = new ServiceCollection().AddPolicyRules(o => o.AddRuleSet(InterpolRuleSet.Assembly));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        using var scope = provider.CreateScope();
        var engine = provider.GetRequiredService<PolicyEngine>();

        Assert.Same(engine, scope.ServiceProvider.GetRequiredService<PolicyEngine>());
        Assert.Single(services, d => d.ServiceType == typeof(PolicyEngine) && d.Lifetime == ServiceLifetime.Singleton);
    }

    [Fact]
    public void AddPolicyRules_Options_ReachTheEngine()
    {
        var services = new ServiceCollection().AddPolicyRules(o =>
        {
            o.AddRuleSet(InterpolRuleSet.Assembly).AddRuleSet(UsExtraditionRuleSet.Assembly).UseOnly("interpol");
            o.MaxRuleFirings = 7;
            o.TraceLevel = PolicyTraceLevel.Facts;
        });
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<PolicyRulesOptions>();
        var engineOptions = options.ToEngineOptions();

        Assert.Equal(7, engineOptions.MaxRuleFirings);
        Assert.Equal(["interpol"], engineOptions.OnlyRuleSets);
        Assert.Equal(PolicyTraceLevel.Facts, options.TraceLevel);
    }

    [Fact]
    public void AddPolicyRules_CalledTwice_ConfiguresTheSameOptions()
    {
        var services = new ServiceCollection()
            .AddPolicyRules(o => o.MaxRuleFirings = 99)
            .AddPolicyRules(o => o.AddRuleSet(InterpolRuleSet.Assembly));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<PolicyRulesOptions>();

        Assert.Equal(99, options.MaxRuleFirings);
        Assert.Single(options.RuleSetAssemblies);
        Assert.Single(services, d => d.ServiceType == typeof(PolicyRulesOptions));
    }

    [Fact]
    public void AddPolicyRules_NoRuleSet_FailsOnFirstUseWithOneLine()
    {
        using var provider = new ServiceCollection().AddPolicyRules(_ => { }).BuildServiceProvider();

        var error = Assert.Throws<PolicyEngineException>(provider.GetRequiredService<PolicyEngine>);

        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPolicyRules_DecisionLogPath_RecordsEachEvaluationAndClosesWithTheContainer()
    {
        using var folder = TestPaths.NewTempFolder();
        var path = folder.File("decisions.jsonl");
        using (var provider = new ServiceCollection()
            .AddPolicyRules(o =>
            {
                o.AddRuleSet(InterpolRuleSet.Assembly);
                o.DecisionLogPath = path;
            })
            .BuildServiceProvider())
        {
            var recorder = provider.GetRequiredService<IDecisionRecorder>();
            recorder.Record(Minimal, provider.GetRequiredService<PolicyEngine>().Evaluate(Minimal));
        }

        Assert.Single(File.ReadAllLines(path));
        using var reopened = DecisionLog.Open(path);
    }

    [Fact]
    public void AddPolicyRules_NoDecisionLogPath_RecordsNothing()
    {
        using var provider = new ServiceCollection().AddPolicyRules(o => o.AddRuleSet(InterpolRuleSet.Assembly)).BuildServiceProvider();

        var recorder = provider.GetRequiredService<IDecisionRecorder>();

        Assert.IsNotType<DecisionLog>(recorder);
    }
}
