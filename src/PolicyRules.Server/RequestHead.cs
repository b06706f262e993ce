using Microsoft.AspNetCore.Http.Features;

namespace PolicyRules.Server;

/// <summary>
/// The documented limits on a request's target (path and query) and headers, answered with problem documents (414
/// <c>uri-too-long</c>, 431 <c>headers-too-large</c>) instead of Kestrel's empty answers.
/// </summary>
internal static class RequestHead
{
    /// <summary>Longest request target (path and query string), in bytes: Kestrel's own default request-line limit.</summary>
    public const int MaxTargetBytes = 8 * 1024;

    /// <summary>Largest total of header names and values, in bytes: Kestrel's own default.</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    public static Task Limit(HttpContext context, RequestDelegate next)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty;
        if (target.Length > MaxTargetBytes)
        {
            return Problems.Write(context, ProblemCatalog.UriTooLong,
                $"The path and query may be at most {MaxTargetBytes} bytes; this one is {target.Length}. Send the case in the body.");
        }

        // Counted as Kestrel counts: each name and value, with the separator and line end.
        long headers = 0;
        foreach (var (name, values) in context.Request.Headers)
        {
            foreach (var value in values)
            {
                headers += name.Length + (value?.Length ?? 0) + 4;
            }
        }

        return headers > MaxHeaderBytes
            ? Problems.Write(context, ProblemCatalog.HeadersTooLarge,
                $"The headers may total at most {MaxHeaderBytes} bytes; these total {headers}. Drop the large or repeated headers.")
            : next(context);
    }
}
