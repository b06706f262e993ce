using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PolicyRules.Cases;

namespace PolicyRules.Server;

/// <summary>
/// Every error the API returns is an RFC 9457 problem document: a stable <c>type</c>, a title, a one-line detail in domain
/// words, and for a bad case the JSON path and line of each problem. Nothing of an exception (message, type, stack) is
/// ever copied into a response except the case reader's own messages, which are written for the client.
/// </summary>
internal static class Problems
{
    /// <summary>The base of every problem type; each kind is documented in the README under "Use over HTTP".</summary>
    public const string TypeBase = "https://example.invalid/policyrules/problems/";

    public static void Customize(ProblemDetailsContext context)
    {
        context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;

        // The framework fills in RFC links for the statuses it answers itself (404, 405, 415, ...); every problem this API
        // returns has a type under one base, documented in the README.
        if (context.ProblemDetails.Type?.StartsWith(TypeBase, StringComparison.Ordinal) != true)
        {
            context.ProblemDetails.Type = TypeBase + KindOf(context.ProblemDetails.Status);
        }
    }

    /// <summary>The problem type of a status the framework answers without naming one.</summary>
    public static string KindOf(int? status) => status switch
    {
        StatusCodes.Status400BadRequest => "bad-request",
        StatusCodes.Status404NotFound => "not-found",
        StatusCodes.Status405MethodNotAllowed => "method-not-allowed",
        StatusCodes.Status408RequestTimeout => "request-timeout",
        StatusCodes.Status413PayloadTooLarge => "too-large",
        StatusCodes.Status414UriTooLong => "uri-too-long",
        StatusCodes.Status415UnsupportedMediaType => "unsupported-media-type",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "headers-too-large",
        _ => "error",
    };

    public static IResult InvalidCase(IReadOnlyList<CaseProblem> problems)
    {
        var first = problems.Count > 0 ? problems[0] : new CaseProblem("$", null, "the case is not valid.");
        var detail = problems.Count == 1
            ? $"{first.Path}: {first.Message}"
            : $"{problems.Count} problems; the first is at {first.Path}: {first.Message}";
        return Result(StatusCodes.Status400BadRequest, "invalid-case", "The case is not valid.", detail, new Dictionary<string, object?>
        {
            ["problems"] = problems.Select(p => new ProblemItem(p.Path, p.Line, p.Message)).ToArray(),
        });
    }

    public static IResult Result(int status, string type, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = status,
            Type = TypeBase + type,
            Title = title,
            Detail = detail,
            Extensions = extensions ?? new Dictionary<string, object?>(),
        });

    /// <summary>The answer to a request that ran past its time: reading, waiting for a place, or evaluating.</summary>
    public static IResult Timeout(PolicyServerOptions options, HttpContext context)
    {
        context.Response.Headers.RetryAfter = options.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Result(StatusCodes.Status503ServiceUnavailable, "timeout", "The request took too long.",
            $"The server stops each request after {options.RequestTimeoutSeconds:0.###} seconds; send a smaller case or try again.");
    }

    public static Task Write(HttpContext context, int status, string type, string title, string detail)
    {
        context.Response.StatusCode = status;
        return Result(status, type, title, detail).ExecuteAsync(context);
    }

    /// <summary>The last resort: any exception becomes a bare problem document; only the status tells what kind.</summary>
    public static Task HandleException(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        return error switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => TooLarge(context),
            BadHttpRequestException { StatusCode: StatusCodes.Status408RequestTimeout } => Write(context, StatusCodes.Status408RequestTimeout, "request-timeout",
                "The request body came too slowly.", "The server stopped waiting for the rest of the body; send it again at a steady rate."),
            BadHttpRequestException bad => Write(context, bad.StatusCode, KindOf(bad.StatusCode), "The request could not be read.",
                "The request is malformed or was cut off; send it again."),
            _ => Write(context, StatusCodes.Status500InternalServerError, "internal", "The server could not answer.",
                "Something went wrong on the server; the request was not evaluated. Try again, or report it with the time of the request."),
        };
    }

    public static Task TooLarge(HttpContext context)
    {
        var limit = context.RequestServices.GetRequiredService<PolicyServerOptions>().MaxRequestBodyBytes;
        return Write(context, StatusCodes.Status413PayloadTooLarge, "too-large", "The request body is too large.",
            $"The limit is {limit} bytes; split or trim the case.");
    }
}

/// <summary>One problem with a case, as a problem document lists it.</summary>
/// <param name="Path">The JSON path, e.g. "$.charges[1].maxPenaltyMonths".</param>
/// <param name="Line">The 1-based line in the body, when known.</param>
/// <param name="Message">What is wrong and what was expected.</param>
internal sealed record ProblemItem(string Path, int? Line, string Message);
