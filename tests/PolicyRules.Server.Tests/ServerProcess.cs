using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyRules.Server.Tests;

/// <summary>
/// The server as operators run it: its own process (the built PolicyRules.Server app host), its own environment, its
/// own memory. Used where the test process would blur the answer: environment variables, and the server's resident memory.
/// </summary>
internal sealed partial class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _addresses = [];

    private ServerProcess(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    /// <summary>Every "Now listening on" address the server printed: the addresses Kestrel really bound.</summary>
    public IReadOnlyList<string> Addresses
    {
        get
        {
            lock (_output)
            {
                return [.. _addresses];
            }
        }
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the server with these arguments and extra environment variables; ASPNETCORE_* and PolicyRules__* of this process are removed first.</summary>
    public static ServerProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "PolicyRules.Server.exe" : "PolicyRules.Server"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || k.StartsWith("PolicyRules", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var server = new ServerProcess(process);
        process.OutputDataReceived += (_, e) => server.Read(e.Data);
        process.ErrorDataReceived += (_, e) => server.Read(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>The first address the server listens on, once it says so; fails with its output if it exits or stays silent.</summary>
    public async Task<Uri> ListeningAsync(TimeSpan within)
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_listening.Task, exited, Task.Delay(within));
        if (first != _listening.Task)
        {
            throw new InvalidOperationException($"The server did not start listening within {within.TotalSeconds} s (exited: {_process.HasExited}). Its output:\n{Output}");
        }

        return await _listening.Task;
    }

    /// <summary>Waits for the server to exit by itself and returns its exit code.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>The server's resident memory now and at its peak (VmRSS, VmHWM from /proc), in MiB; null off Linux.</summary>
    public (double Now, double Peak)? Memory()
    {
        var status = $"/proc/{_process.Id}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        try
        {
            var lines = File.ReadAllLines(status);
            double Field(string name) => double.Parse(lines.Single(l => l.StartsWith(name, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
            return (Field("VmRSS:"), Field("VmHWM:"));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            if (ListeningOn().Match(line) is { Success: true } match)
            {
                _addresses.Add(match.Groups[1].Value);
            }

            // Kestrel prints every address before this line.
            if (line.Contains("Application started.", StringComparison.Ordinal) && _addresses.Count > 0)
            {
                _listening.TrySetResult(new Uri(_addresses[0] + "/"));
            }
        }
    }

    [GeneratedRegex(@"Now listening on: (\S+)")]
    private static partial Regex ListeningOn();
}
