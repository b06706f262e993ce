using System.Collections.Frozen;

namespace PolicyRules.Server.Workbench;

/// <summary>
/// The workbench's HTML, script and style sheet, embedded in this assembly so that `policyrules serve` (a .NET tool, whose
/// content root is wherever it was started) serves them with nothing else installed and no CDN. They hold no data: every
/// rule, scenario and verdict comes from the API with the same token, so they are served without it.
/// </summary>
internal static class WorkbenchAssets
{
    /// <summary>Where the assets are served; requests under it need no token.</summary>
    public const string Prefix = "/workbench/assets/";

    private const string ResourcePrefix = "workbench/";

    // Only same-origin script, style and requests; no inline script, no framing (clickjacking of the Approve button).
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static readonly FrozenDictionary<string, (byte[] Bytes, string ContentType)> Files = Load();

    /// <summary>Whether a request is for the page or an asset, which need no token.</summary>
    public static bool IsPublic(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && (request.Path == "/" || (request.Path.StartsWithSegments("/workbench/assets", StringComparison.Ordinal) && request.Path.Value!.Length > Prefix.Length));

    public static void Map(WebApplication app)
    {
        app.MapGet("/", (HttpContext context) => Serve(context, "index.html")).ExcludeFromDescription();
        app.MapGet(Prefix + "{name}", (HttpContext context, string name) => Serve(context, name)).ExcludeFromDescription();
    }

    private static IResult Serve(HttpContext context, string name)
    {
        if (!Files.TryGetValue(name, out var file))
        {
            return Problems.Result(ProblemCatalog.NotFound, $"The workbench has no file `{(name.Length <= 40 ? name : name[..40])}`; open / instead.");
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache";
        return Results.Bytes(file.Bytes, file.ContentType);
    }

    private static FrozenDictionary<string, (byte[], string)> Load()
    {
        var assembly = typeof(WorkbenchAssets).Assembly;
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var name = resource[ResourcePrefix.Length..];
            files[name] = (buffer.ToArray(), ContentType(name));
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
