using System.ComponentModel;
using System.Diagnostics;

namespace PolicyRules.Snapshots;

/// <summary>A problem reaching git or a revision; the message is one line that says what to do.</summary>
public sealed class GitException(string message) : IOException(message);

/// <summary>Reads files as they are at one git revision, through the git command line (no library, no index changes).</summary>
public sealed class GitRevision
{
    private GitRevision(string root, string commit, string name)
    {
        Root = root;
        Commit = commit;
        Name = name;
    }

    /// <summary>The working tree's top folder.</summary>
    public string Root { get; }

    /// <summary>The full commit ID the revision resolved to.</summary>
    public string Commit { get; }

    /// <summary>The revision as the user gave it, e.g. "HEAD" or "main".</summary>
    public string Name { get; }

    /// <summary>Resolves <paramref name="revision"/> in the repository holding <paramref name="folder"/>.</summary>
    /// <exception cref="GitException">git is missing, the folder is not in a repository, or the revision does not exist.</exception>
    public static GitRevision Open(string folder, string revision)
    {
        var (code, top, _) = Run(folder, "rev-parse", "--show-toplevel");
        if (code != 0)
        {
            throw new GitException($"`{folder}` is not inside a git repository; run impact from a checkout, or give scenario paths inside one.");
        }

        var root = top.Trim();
        var (found, commit, _) = Run(root, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
        if (found != 0)
        {
            throw new GitException($"git revision `{revision}` does not exist in {root}; give a commit, branch or tag, e.g. --base HEAD or --base main.");
        }

        return new GitRevision(root, commit.Trim(), revision);
    }

    /// <summary>The path relative to the repository root, with forward slashes.</summary>
    public string Relative(string path) => Path.GetRelativePath(Root, Path.GetFullPath(path)).Replace('\\', '/');

    /// <summary>The file's text at this revision, or null when it did not exist there.</summary>
    public string? Show(string path) => Show([path])[0];

    /// <summary>
    /// The texts of many files at this revision (null for a file that did not exist there), read through one
    /// <c>git cat-file --batch</c> process: one process per file made impact slow on a large corpus.
    /// </summary>
    public IReadOnlyList<string?> Show(IReadOnlyList<string> paths)
    {
        var start = Start(Root, "cat-file", "--batch");
        start.RedirectStandardInput = true;
        start.StandardInputEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var process = StartProcess(start);
        var error = process.StandardError.ReadToEndAsync();
        var writer = Task.Run(() =>
        {
            foreach (var path in paths)
            {
                process.StandardInput.Write($"{Commit}:{Relative(path)}\n");
            }

            process.StandardInput.Close();
        });
        var output = process.StandardOutput.BaseStream;
        var texts = new string?[paths.Count];
        for (var i = 0; i < paths.Count; i++)
        {
            // Each answer is "<id> blob <size>\n<content>\n", or "<name> missing\n".
            var header = ReadLine(output);
            var parts = header.Split(' ');
            if (parts.Length == 3 && int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size))
            {
                var content = new byte[size];
                output.ReadExactly(content);
                output.ReadByte();
                texts[i] = parts[1] == "blob" ? System.Text.Encoding.UTF8.GetString(content) : null;
            }
        }

        writer.Wait();
        process.WaitForExit();
        _ = error.Result;
        return texts;
    }

    /// <summary>Repository-relative paths of the files under <paramref name="folder"/> at this revision.</summary>
    public IReadOnlyList<string> Files(string folder)
    {
        var (code, text, _) = Run(Root, "ls-tree", "-r", "--name-only", Commit, "--", Relative(folder));
        return code == 0 ? text.Split('\n', StringSplitOptions.RemoveEmptyEntries) : [];
    }

    private static (int Code, string Out, string Error) Run(string folder, params string[] args)
    {
        using var process = StartProcess(Start(folder, args));
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    private static ProcessStartInfo Start(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotepath=off");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private static Process StartProcess(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new GitException("git could not be started; install git and put it on PATH.");
        }
        catch (Win32Exception)
        {
            throw new GitException("git is not installed or not on PATH; impact reads the approved verdicts of the base revision from git, so install git first.");
        }
    }

    private static string ReadLine(Stream stream)
    {
        var bytes = new List<byte>();
        for (var b = stream.ReadByte(); b is not -1 and not '\n'; b = stream.ReadByte())
        {
            bytes.Add((byte)b);
        }

        return System.Text.Encoding.UTF8.GetString([.. bytes]);
    }
}
