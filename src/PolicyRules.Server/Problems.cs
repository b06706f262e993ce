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
    public static void Customize(ProblemDetailsContext context)
    {
        context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;

        // The framework fills in RFC links for the statuses it answers itself (404, 405, 415, ...); every problem this API
        // returns has a type from the catalogue, which the server itself documents at that address.
        if (context.ProblemDetails.Type?.StartsWith(ProblemCatalog.Path + "/", StringComparison.Ordinal) != true)
        {
            var kind = ProblemCatalog.OfStatus(context.ProblemDetails.Status);
            context.ProblemDetails.Type = kind.Type;
            context.ProblemDetails.Title = kind.Title;
        }
    }

    public static IResult InvalidCase(IReadOnlyList<CaseProblem> problems)
    {
        var first = problems.Count > 0 ? problems[0] : new CaseProblem("$", null, "the case is not valid.");
        var detail = problems.Count == 1
            ? $"{first.Path}: {first.Message}"
            : $"{problems.Count} problems; the first is at {first.Path}: {first.Message}";
        return Result(ProblemCatalog.InvalidCase, detail, new Dictionary<string, object?>
        {
            ["problems"] = problems.Select(p => new ProblemItem(p.Path, p.Line, p.Message)).ToArray(),
        });
    }

    /// <summary>A problem of <paramref name="kind"/>; <paramref name="status"/> only where the server passes on a status the catalogue has no kind of its own for.</summary>
    public static IResult Result(ProblemKind kind, string detail, IDictionary<string, object?>? extensions = null, int? status = null) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = status ?? kind.Status,
            Type = kind.Type,
            Title = kind.Title,
            Detail = detail,
            Extensions = extensions ?? new Dictionary<string, object?>(),
        });

    /// <summary>The answer to a request that ran past its time: reading, waiting for a place, or evaluating.</summary>
    public static IResult Timeout(PolicyServerOptions options, HttpContext context)
    {
        context.Response.Headers.RetryAfter = options.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Result(ProblemCatalog.Timeout,
            $"The server stops each request after {options.RequestTimeoutSeconds:0.###} seconds; send a smaller case or try again.");
    }

    public static Task Write(HttpContext context, ProblemKind kind, string detail, int? status = null)
    {
        context.Response.StatusCode = status ?? kind.Status;
        return Result(kind, detail, status: status).ExecuteAsync(context);
    }

    /// <summary>The last resort: any exception becomes a bare problem document; only the status tells what kind.</summary>
    public static Task HandleException(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        return error switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => TooLarge(context),
            BadHttpRequestException { StatusCode: StatusCodes.Status408RequestTimeout } => Write(context, ProblemCatalog.RequestTimeout,
                "The server stopped waiting for the rest of the body; send it again at a steady rate."),
            BadHttpRequestException bad => Write(context, ProblemCatalog.OfStatus(bad.StatusCode) is var kind && kind.Status == bad.StatusCode ? kind : ProblemCatalog.BadRequest,
                "The request is malformed or was cut off; send it again.", bad.StatusCode),
            _ => Write(context, ProblemCatalog.Internal,
                "Something went wrong on the server; the request was not evaluated. Try again, or report it with the time of the request."),
        };
    }

    public static Task TooLarge(HttpContext context)
    {
        var limit = context.RequestServices.GetRequiredService<PolicyServerOptions>().MaxRequestBodyBytes;
        return Write(context, ProblemCatalog.TooLarge,
            $"The limit is {limit} bytes; split or trim the case.");
    }
}

/// <summary>One problem with a case, as a problem document lists it.</summary>
/// <param name="Path">The JSON path, e.g. "$.charges[1].maxPenaltyMonths".</param>
/// <param name="Line">The 1-based line in the body, when known.</param>
/// <param name="Message">What is wrong and what was expected.</param>
internal sealed record ProblemItem(string Path, int? Line, string Message);
