using System.Net;

namespace PolicyRules.Server.Workbench;

/// <summary>
/// Who may change files through the workbench (run verify, approve a verdict): only the workbench page in a browser on the
/// machine that runs the server. The token (when set) is checked before this, by the server's token middleware. Here:
/// the connection comes from loopback; the request is addressed to a loopback name (a hostile DNS name that resolves to
/// 127.0.0.1 shows up as a foreign Host); any Origin or Sec-Fetch-Site the browser sends says the same origin; and the
/// request carries the workbench's own header, which a cross-site form or simple request cannot send without a CORS
/// preflight this server never grants.
/// </summary>
internal static class LocalChanges
{
    /// <summary>The header the workbench page sends with every call.</summary>
    public const string Header = "X-PolicyRules-Workbench";

    /// <summary>Why the request may not change files, in one line; null when it may.</summary>
    public static string? Refusal(HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress;
        if (remote is null || !IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote))
        {
            return "Only a browser on the machine that runs the server may run verify or approve verdicts; run `policyrules approve` there, or open the workbench on that machine.";
        }

        var host = context.Request.Host.Host;
        if (!IsLoopbackName(host))
        {
            return $"The request was addressed to `{Shorten(host)}`, not to a loopback name; open the workbench at http://127.0.0.1:PORT/ or http://localhost:PORT/.";
        }

        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && !SameOrigin(origin, context.Request))
        {
            return $"The request came from another site (`{Shorten(origin)}`); only the workbench page of this server may change files.";
        }

        var site = context.Request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return $"The browser says the request came from a {Shorten(site)} page; only the workbench page of this server may change files.";
        }

        if (context.Request.Headers[Header].ToString() != "1")
        {
            return $"Send the header `{Header}: 1` (the workbench page does); it shows the request is not a cross-site form post.";
        }

        return null;
    }

    private static bool IsLoopbackName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static bool SameOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "...";
}
