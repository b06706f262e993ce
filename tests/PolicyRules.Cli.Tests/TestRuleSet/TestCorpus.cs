using System.Diagnostics;
using PolicyRules.Engine;
using PolicyRules.Testing;

namespace PolicyRules.Cli.Tests.TestRuleSet;

/// <summary>A throw-away checkout: the CLI test rule set's scenarios in a temp folder, optionally under git.</summary>
internal sealed class TestCorpus : IDisposable
{
    /// <summary>Campaign list and a 36-month charge: TST-0001 and TST-0002 fire.</summary>
    public const string Campaign = "campaign";

    /// <summary>A 36-month charge only: TST-0001 fires, TST-0002 does not.</summary>
    public const string Plain = "plain";

    /// <summary>A 12-month charge only: nothing fires.</summary>
    public const string Short = "short";

    private readonly TestPaths.TempFolder _temp = TestPaths.NewTempFolder();

    public TestCorpus()
    {
        Scenarios = Directory.CreateDirectory(Path.Combine(_temp.Path, "rules", typeof(TestCorpus).Assembly.GetName().Name!, "Scenarios")).FullName;
        File.WriteAllText(Path.Combine(_temp.Path, "PolicyRules.sln"), string.Empty);
        Write(Campaign, months: 36, campaign: true);
        Write(Plain, months: 36, campaign: false);
        Write(Short, months: 12, campaign: false);
    }

    public string Root => _temp.Path;

    public string Scenarios { get; }

    public static PolicyEngine Engine(params string[] parts) => Engine(PolicyEvaluator.Compiled, parts);

    public static PolicyEngine Engine(PolicyEvaluator evaluator, params string[] parts)
    {
        var options = new PolicyEngineOptions
        {
            Evaluator = evaluator,
            RuleTypeFilter = t => parts.Any(p => t.Namespace == $"{typeof(TestCorpus).Namespace}.{p}"),
        };
        options.AddRuleSet(typeof(TestCorpus).Assembly);
        return PolicyEngine.Create(options);
    }

    public static CliApp App(TextWriter stdout, TextWriter stderr, string root, params string[] parts) =>
        new(stdout, stderr) { EngineFactory = (_, evaluator) => Engine(evaluator, parts), Root = root };

    public (int ExitCode, string Out, string Error) Run(string[] parts, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = App(stdout, stderr, Root, parts).Run(args);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public string CasePath(string name) => Path.Combine(Scenarios, name + ".case.json");

    public void Write(string name, int months, bool campaign)
    {
        var context = campaign ? """, "context": [ { "kind": "publishedCampaignList", "source": "requesterOfficial" } ]""" : string.Empty;
        File.WriteAllText(CasePath(name), $$"""
            {
              "scenario": "{{name}}",
              "asOf": "2026-01-15",
              "request": { "kind": "redNotice", "requestingCountry": "XA", "purpose": "extradition" },
              "person": { "nationalities": ["XA"] },
              "charges": [ { "id": "c1", "category": "fraud", "maxPenaltyMonths": {{months}} } ]{{context}}
            }
            """);
    }

    public void Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error.Result}");
        }
    }

    public void Dispose() => _temp.Dispose();
}
