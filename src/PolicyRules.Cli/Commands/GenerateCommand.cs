using System.CommandLine;
using System.Text;
using System.Text.Json;
using PolicyRules.Generation;
using PolicyRules.Json;

namespace PolicyRules.Cli.Commands;

/// <summary>`policyrules generate --count N --seed S`: writes random valid cases as JSON Lines, the same for the same seed.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliApp app)
    {
        var count = new Option<long>("--count") { Description = "How many cases to write.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "The seed; the same seed always gives the same cases.", DefaultValueFactory = _ => 1 };
        var charges = new Option<int?>("--charges") { Description = "Exactly this many charges per case (0-200). Default: one to four at random." };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var command = new Command("generate", "Write random valid cases as JSON Lines (one case per line), reproducible from the seed.") { count, seed, charges, output };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(count);
            if (n < 0)
            {
                throw new UsageException($"--count must be zero or more (got {n}).");
            }

            var perCase = parse.GetValue(charges);
            if (perCase is < 0 or > 200)
            {
                throw new UsageException($"--charges must be between 0 and 200, the case reader's list limit (got {perCase}).");
            }

            var options = new CaseGeneratorOptions { ChargeCount = perCase };
            var path = parse.GetValue(output);
            if (path is null)
            {
                Write(app.Out, n, parse.GetValue(seed), options);
                return ExitCodes.Success;
            }

            using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16) { NewLine = "\n" };
            Write(file, n, parse.GetValue(seed), options);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(TextWriter writer, long count, int seed, CaseGeneratorOptions options)
    {
        foreach (var policyCase in CaseGenerator.Stream(count, seed, options))
        {
            writer.Write(JsonSerializer.Serialize(policyCase, PolicyJson.CompactOptions));
            writer.Write('\n');
        }

        writer.Flush();
    }
}
