using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using PolicyRules.Authoring;

namespace PolicyRules.RuleSets;

/// <summary>
/// A rule set given by path (<c>--rules PATH</c>): a built rule-set assembly, or a project (or its folder) that is built
/// first. Its scenarios live in <c>Scenarios/</c> of its project folder, as in this repository.
/// </summary>
/// <param name="Given">The path as given.</param>
/// <param name="Assembly">The loaded rule-set assembly.</param>
/// <param name="ProjectFolder">The folder of the rule set's project, when known (given, or found above the assembly).</param>
public sealed record RuleSetSource(string Given, Assembly Assembly, string? ProjectFolder)
{
    private static readonly ConcurrentDictionary<string, Assembly> Loaded = new(StringComparer.Ordinal);

    /// <summary>The rule set's scenario folder (<c>Scenarios/</c> in its project folder), or null when it has none.</summary>
    public string? ScenarioFolder =>
        ProjectFolder is not null && Directory.Exists(Path.Combine(ProjectFolder, "Scenarios")) ? Path.Combine(ProjectFolder, "Scenarios") : null;

    /// <summary>
    /// Loads a rule set from <paramref name="path"/>: a <c>.dll</c>, a <c>.csproj</c>, or a folder holding one project.
    /// A project is built with <c>dotnet build</c> first; the build's output goes to <paramref name="buildLog"/>.
    /// </summary>
    /// <exception cref="RuleSetLoadException">The path is not a rule set, or its build failed (one line saying what to do).</exception>
    public static RuleSetSource Load(string path, TextWriter buildLog)
    {
        var full = Path.GetFullPath(path);
        string assemblyPath;
        string? project = null;
        if (File.Exists(full) && full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            assemblyPath = full;
        }
        else
        {
            project = ProjectFile(full, path);
            assemblyPath = Build(project, path, buildLog);
        }

        var assembly = Loaded.GetOrAdd(assemblyPath, LoadIsolated);
        if (assembly.GetCustomAttribute<PolicyRuleSetAttribute>() is null)
        {
            throw new RuleSetLoadException($"--rules {path}: {Path.GetFileName(assemblyPath)} holds no rule set; mark its assembly with [assembly: PolicyRuleSet(...)] (see docs/authoring.md).");
        }

        var folder = project is not null ? Path.GetDirectoryName(project) : ProjectFolderAbove(assemblyPath, assembly.GetName().Name!);
        return new RuleSetSource(path, assembly, folder);
    }

    private static string ProjectFile(string full, string given)
    {
        if (File.Exists(full) && full.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
        {
            return full;
        }

        if (Directory.Exists(full))
        {
            var projects = Directory.GetFiles(full, "*.csproj");
            return projects.Length == 1
                ? projects[0]
                : throw new RuleSetLoadException(projects.Length == 0
                    ? $"--rules {given}: the folder holds no .csproj; give a rule-set project, its folder, or its built .dll."
                    : $"--rules {given}: the folder holds {projects.Length} projects; name the .csproj.");
        }

        throw new RuleSetLoadException($"--rules {given}: no such file or folder; give a rule-set project (.csproj), its folder, or its built .dll.");
    }

    /// <summary>Builds the project (Debug, like <c>dotnet build</c>) and returns the assembly it produced.</summary>
    private static string Build(string project, string given, TextWriter buildLog)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "build", project, "-nologo", "-getProperty:TargetPath" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new RuleSetLoadException($"--rules {given}: could not start `dotnet build`; is the .NET SDK on PATH?");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (process.ExitCode != 0)
        {
            foreach (var line in lines.Concat(error.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)))
            {
                buildLog.WriteLine(line);
            }

            throw new RuleSetLoadException($"--rules {given}: `dotnet build {Path.GetFileName(project)}` failed (the errors are above); fix them and run again.");
        }

        var target = lines.LastOrDefault(l => l.EndsWith(".dll", StringComparison.OrdinalIgnoreCase));
        return target is not null && File.Exists(target)
            ? target
            : throw new RuleSetLoadException($"--rules {given}: `dotnet build` produced no assembly; is {Path.GetFileName(project)} a class library or app?");
    }

    private static string? ProjectFolderAbove(string assemblyPath, string assemblyName)
    {
        for (var dir = Path.GetDirectoryName(assemblyPath); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, assemblyName + ".csproj")))
            {
                return dir;
            }
        }

        return null;
    }

    // Each rule-set assembly gets a load context of its own, so a rule set whose name is also built in (the branch's copy of
    // PolicyRules.Rules.Interpol, say) loads beside the tool's copy instead of silently resolving to it. The engine, the
    // model and NRules come from the tool, so the rule set's types derive from the same PolicyRule the engine knows.
    private static Assembly LoadIsolated(string assemblyPath) => new RuleSetLoadContext(assemblyPath).LoadFromAssemblyPath(assemblyPath);

    private sealed class RuleSetLoadContext(string assemblyPath) : AssemblyLoadContext($"rules: {assemblyPath}")
    {
        private static readonly HashSet<string> ToolAssemblies = TrustedPlatformAssemblies();

        private readonly string _folder = Path.GetDirectoryName(assemblyPath)!;

        protected override Assembly? Load(AssemblyName name)
        {
            if (ToolAssemblies.Contains(name.Name!))
            {
                return null;
            }

            var candidate = Path.Combine(_folder, name.Name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }

        private static HashSet<string> TrustedPlatformAssemblies() =>
            ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(Path.GetFileNameWithoutExtension)
                .OfType<string>()
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>A rule set named by path could not be loaded; the message is one line saying what to do.</summary>
public sealed class RuleSetLoadException(string message) : Exception(message);
