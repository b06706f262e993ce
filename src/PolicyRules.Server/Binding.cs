using System.Globalization;
using System.Net;

namespace PolicyRules.Server;

/// <summary>
/// Where the server listens. Only <c>--urls</c> on the command line names addresses; without it the server listens on
/// loopback whatever ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS or the urls setting say (an environment variable left over
/// from another service must not expose it). Any address that is not loopback needs a token, checked before listening
/// and again on the addresses really bound.
/// </summary>
internal static class Binding
{
    /// <summary>The environment and configuration keys that would otherwise choose addresses, and are ignored here.</summary>
    private static readonly string[] IgnoredKeys = ["urls", "http_ports", "https_ports"];

    /// <summary>The addresses to listen on: the command line's --urls, else loopback on the configured port.</summary>
    public static string Choose(string[] args, PolicyServerOptions options, IConfiguration configuration, TextWriter warnings)
    {
        var fromCommandLine = new ConfigurationBuilder().AddCommandLine(args).Build()["urls"];
        if (!string.IsNullOrWhiteSpace(fromCommandLine))
        {
            return fromCommandLine;
        }

        var ignored = IgnoredKeys.Where(k => !string.IsNullOrWhiteSpace(configuration[k])).ToList();
        var url = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{options.Port}");
        if (ignored.Count > 0)
        {
            warnings.WriteLine($"policyrules serve: ignoring the {string.Join(", ", ignored)} setting (from the environment or configuration); listening on {url}. Pass --urls to choose addresses.");
        }

        return url;
    }

    /// <summary>Refuses, before listening, an address that is not loopback when no token is set.</summary>
    /// <exception cref="ServerConfigurationException">An address is not loopback and there is no token.</exception>
    public static void RequireTokenOffLoopback(IEnumerable<string> urls, string? token)
    {
        if (token is not null)
        {
            return;
        }

        foreach (var url in urls)
        {
            if (!IsLoopback(url))
            {
                throw new ServerConfigurationException(
                    $"`{Cases.Echo.Of(url, 80)}` is not a loopback address, and no token is set; set POLICYRULES_TOKEN (or PolicyRules:Token) to serve other addresses, or listen on 127.0.0.1.");
            }
        }
    }

    /// <summary>True for 127.0.0.0/8, ::1 and localhost; false for wildcards (*, +, 0.0.0.0, [::]) and every other host.</summary>
    public static bool IsLoopback(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        var host = rest.StartsWith('[') ? rest[..(rest.IndexOf(']') + 1)] : rest.Split(':', '/')[0];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
