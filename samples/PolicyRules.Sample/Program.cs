using Microsoft.Extensions.DependencyInjection;
using PolicyRules.Cases;
using PolicyRules.Engine;
using PolicyRules.Facts;
using PolicyRules.Rules.Interpol;
using PolicyRules.Rules.UsExtradition;
using PolicyRules.Rules.UsImmigration;
using PolicyRules.Sample.HouseRules;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: PolicyRules.Sample <case.json>");
    return 2;
}

// Build the engine once (it compiles the rules) and share it: Evaluate is thread-safe.
var engine = PolicyEngine.Create(InterpolRuleSet.Assembly, UsExtraditionRuleSet.Assembly, UsImmigrationRuleSet.Assembly, HouseRuleSet.Assembly);

Case policyCase;
try
{
    policyCase = CaseReader.ReadFile(args[0]);
}
catch (CaseFormatException e)
{
    // One line per problem, with the file, line and JSON path.
    Console.Error.WriteLine(e.Message);
    return 2;
}

var verdict = engine.Evaluate(policyCase);
foreach (var ruleSet in verdict.RuleSets)
{
    Console.WriteLine($"{ruleSet.RuleSet} {ruleSet.Version}: {ruleSet.Outcome} ({ruleSet.Meaning})");
    foreach (var finding in ruleSet.Findings)
    {
        Console.WriteLine($"  {finding.RuleId} {finding.Effect}: {finding.Reason} [{string.Join("; ", finding.Citations)}]");
    }
}

// The same engine through Microsoft.Extensions.DependencyInjection: a singleton built once, on first use.
var services = new ServiceCollection().AddPolicyRules(o =>
{
    o.AddRuleSet(InterpolRuleSet.Assembly).AddRuleSet(HouseRuleSet.Assembly);
    o.MaxRuleFirings = 5_000;
});
using var provider = services.BuildServiceProvider();
var fromContainer = provider.GetRequiredService<PolicyEngine>().Evaluate(policyCase);
Console.WriteLine($"via DI: {string.Join(", ", fromContainer.RuleSets.Select(r => $"{r.RuleSet} {r.Outcome}"))}");
return 0;
