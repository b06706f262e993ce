using System.Collections.Frozen;
using System.Net;
using System.Text;

namespace PolicyRules.Server;

/// <summary>
/// Every kind of problem the API answers with, in one list: its type name, status, title, what it means and what to do.
/// A problem document's <c>type</c> is <c>/problems/NAME</c> on the server that answered, and that address serves this
/// entry as a page, so a client or a person following the link reads what went wrong. docs/problems.md is generated from
/// the same list (<c>policyrules regen</c>).
/// </summary>
internal static class ProblemCatalog
{
    /// <summary>Where the pages are served; also the base of every problem type (a relative reference, RFC 9457 §3.1.1).</summary>
    public const string Path = "/problems";

    /// <summary>The generated page listing every kind, repository-relative.</summary>
    public const string DocumentationPath = "docs/problems.md";

    public static readonly ProblemKind InvalidCase = new("invalid-case", 400, "The case is not valid.",
        "The body is not a case the case reader accepts: malformed JSON, a field of the wrong type, a value out of range, or one of the reader's checks beyond the schema (docs/case-vocabulary.md). `problems` lists each with its JSON path and line.",
        "Fix each listed problem at its path; validate against /openapi/v1.json or docs/case.schema.json before sending.");

    public static readonly ProblemKind BadRequest = new("bad-request", 400, "The request could not be read.",
        "The request is malformed or was cut off before the server could read it.",
        "Send it again, whole.");

    public static readonly ProblemKind HostNotAllowed = new("host-not-allowed", 400, "The Host header is not allowed.",
        "The server runs without a token, so it trusts only this machine, and the request names a host other than a loopback name or a configured one (the shape of a DNS-rebinding attack).",
        "Address the server as localhost or 127.0.0.1, or start it with a token, or add the host to PolicyRules:AllowedHosts.");

    public static readonly ProblemKind BadRevision = new("bad-revision", 400, "The base revision cannot be read.",
        "The workbench's impact view was given something that is not a git revision, or one the checkout does not have.",
        "Give a commit, branch or tag of the checkout, e.g. HEAD or main.");

    public static readonly ProblemKind Unauthorized = new("unauthorized", 401, "A bearer token is required.",
        "The server was started with a token, and the request carried none or another one.",
        "Send `Authorization: Bearer <token>` with the token the server was started with.");

    public static readonly ProblemKind NotLocal = new("not-local", 403, "Only the workbench on this machine may change files.",
        "The workbench approves verdicts by writing files in the checkout; it does so only for a request from this machine.",
        "Approve from the machine that runs the server, or with `policyrules approve`.");

    public static readonly ProblemKind NotFound = new("not-found", 404, "Nothing is here.",
        "No route, page or file answers to this path.",
        "Check the path against /openapi/v1.json; the API's routes begin with /v1/.");

    public static readonly ProblemKind UnknownRule = new("unknown-rule", 404, "No such rule.",
        "No rule of the loaded rule sets has this ID (for `whyNot`, status 400: the case was fine, the rule ID was not).",
        "List the rules with GET /v1/rules; IDs look like INT-0201 or USX-0101.");

    public static readonly ProblemKind UnknownScenario = new("unknown-scenario", 404, "No such scenario.",
        "The workbench knows no scenario by this name.",
        "Pick one from the workbench's Scenarios page.");

    public static readonly ProblemKind MethodNotAllowed = new("method-not-allowed", 405, "The method is not allowed here.",
        "The path exists, but not with this HTTP method (evaluation is a POST; the catalogue is a GET).",
        "Use the method /openapi/v1.json gives for the path.");

    public static readonly ProblemKind RequestTimeout = new("request-timeout", 408, "The request body came too slowly.",
        "The server stopped waiting for the rest of the body.",
        "Send it again at a steady rate.");

    public static readonly ProblemKind NotApprovable = new("not-approvable", 409, "The scenario could not be evaluated.",
        "The workbench was asked to approve a scenario whose case cannot be read or evaluated, so there is no verdict to approve.",
        "Fix the case file (the detail says where), then approve again.");

    public static readonly ProblemKind NoCheckout = new("no-checkout", 409, "The server runs outside a checkout.",
        "Comparing verdicts with a base revision needs the git checkout the scenarios live in.",
        "Start `policyrules serve` from the checkout, or set PolicyRules:Workspace.");

    public static readonly ProblemKind TooLarge = new("too-large", 413, "The request body is too large.",
        "The body is over the server's limit (PolicyRules:MaxRequestBodyBytes; 1 MiB unless configured).",
        "Split or trim the case; the detail gives the limit in bytes.");

    public static readonly ProblemKind UriTooLong = new("uri-too-long", 414, "The request target is too long.",
        "The path and query are over 8 KiB.",
        "Send the data in the body, not the address.");

    public static readonly ProblemKind UnsupportedMediaType = new("unsupported-media-type", 415, "The body is not JSON.",
        "The request has no Content-Type, or one other than application/json.",
        "Send the case with `Content-Type: application/json`.");

    public static readonly ProblemKind HeadersTooLarge = new("headers-too-large", 431, "The request headers are too large.",
        "The headers are over 32 KiB in all.",
        "Send fewer or shorter headers (a large cookie is the usual cause).");

    public static readonly ProblemKind RuleFailed = new("rule-failed", 500, "A rule could not finish on this case.",
        "A rule threw while evaluating a valid case; nothing was decided. `ruleId` names the rule. This is a defect of the rule set, not of the case.",
        "Report it with the case and the rule ID (SECURITY.md for anything sensitive); the rest of the API keeps working.");

    public static readonly ProblemKind Internal = new("internal", 500, "The server could not answer.",
        "Something went wrong on the server; the request was not evaluated.",
        "Try again; if it persists, report it with the time of the request and its `traceId`.");

    public static readonly ProblemKind Error = new("error", 500, "The request failed.",
        "The framework answered with a status this catalogue does not name otherwise.",
        "Read the status and detail; report it if it persists.");

    public static readonly ProblemKind Timeout = new("timeout", 503, "The request took too long.",
        "Reading the body, waiting for a place to evaluate, or the evaluation itself ran past the server's time limit (PolicyRules:RequestTimeoutSeconds).",
        "Try again after the Retry-After seconds, or send a smaller case.");

    public static readonly ProblemKind Busy = new("busy", 503, "The server is busy.",
        "Every evaluation place is taken (large cases have a lane of their own), so the server refused at once rather than queue without bound.",
        "Try again after the Retry-After seconds.");

    public static readonly ProblemKind DecisionNotRecorded = new("decision-not-recorded", 503, "The decision could not be recorded.",
        "The server keeps a decision log and could not write this decision to it, so it does not answer with a verdict it cannot account for.",
        "Try again; the operator should check the log's disk (docs/reliability.md).");

    /// <summary>Every kind, ordered by status then name, as the generated page lists them.</summary>
    public static IReadOnlyList<ProblemKind> All { get; } =
    [
        .. new[]
        {
            InvalidCase, BadRequest, HostNotAllowed, BadRevision, Unauthorized, NotLocal, NotFound, UnknownRule, UnknownScenario,
            MethodNotAllowed, RequestTimeout, NotApprovable, NoCheckout, TooLarge, UriTooLong, UnsupportedMediaType, HeadersTooLarge,
            RuleFailed, Internal, Error, Timeout, Busy, DecisionNotRecorded,
        }.OrderBy(k => k.Status).ThenBy(k => k.Name, StringComparer.Ordinal),
    ];

    private static readonly FrozenDictionary<string, ProblemKind> ByName = All.ToFrozenDictionary(k => k.Name, StringComparer.Ordinal);

    public static ProblemKind? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The kind of a status the framework answers without naming one.</summary>
    public static ProblemKind OfStatus(int? status) => status switch
    {
        400 => BadRequest,
        404 => NotFound,
        405 => MethodNotAllowed,
        408 => RequestTimeout,
        413 => TooLarge,
        414 => UriTooLong,
        415 => UnsupportedMediaType,
        431 => HeadersTooLarge,
        _ => Error,
    };

    /// <summary>docs/problems.md: every kind with its status, title, meaning and remedy.</summary>
    public static string Markdown()
    {
        var page = new StringBuilder();
        page.Append("<!-- Generated by `policyrules regen` from src/PolicyRules.Server/ProblemCatalog.cs; do not edit. -->\n");
        page.Append("# Problem types of the HTTP API\n\n");
        page.Append("Every error the server returns is an RFC 9457 problem document (`application/problem+json`). Its `type` is `/problems/NAME`,\n");
        page.Append("a reference relative to the server that answered; that address serves the entry below as a page (no token needed).\n");
        page.Append("`title` is fixed per type; `detail` is one line about this request; `instance` is the request's path; `traceId` names the\n");
        page.Append("request in the server's log.\n\n");
        page.Append("| Type | Status | Title | Meaning | What to do |\n|---|---|---|---|---|\n");
        foreach (var kind in All)
        {
            page.Append($"| `{kind.Name}` | {kind.Status} | {kind.Title} | {kind.Meaning} | {kind.Remedy} |\n");
        }

        return page.ToString();
    }

    /// <summary>The page served at <c>/problems/NAME</c>.</summary>
    public static string Html(ProblemKind kind) =>
        $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>{Encode(kind.Name)}: {Encode(kind.Title)}</title></head>
        <body>
        <h1>{Encode(kind.Title)}</h1>
        <p>Problem type <code>{Encode(kind.Name)}</code>, HTTP status {kind.Status}.</p>
        <h2>What it means</h2>
        <p>{Encode(kind.Meaning)}</p>
        <h2>What to do</h2>
        <p>{Encode(kind.Remedy)}</p>
        <p><a href="{Path}">Every problem type</a></p>
        </body></html>
        """;

    /// <summary>The page served at <c>/problems</c>.</summary>
    public static string IndexHtml() =>
        $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Problem types</title></head>
        <body>
        <h1>Problem types of the PolicyRules HTTP API</h1>
        <ul>
        {string.Join("\n", All.Select(k => $"<li><a href=\"{Path}/{k.Name}\"><code>{k.Name}</code></a> ({k.Status}): {Encode(k.Title)}</li>"))}
        </ul>
        </body></html>
        """;

    private static string Encode(string text) => WebUtility.HtmlEncode(text.Replace("`", string.Empty, StringComparison.Ordinal));
}

/// <summary>One kind of problem.</summary>
/// <param name="Name">The type's name, the last segment of its address.</param>
/// <param name="Status">The HTTP status it comes with.</param>
/// <param name="Title">The fixed title.</param>
/// <param name="Meaning">What went wrong, in general.</param>
/// <param name="Remedy">What the client or operator can do.</param>
internal sealed record ProblemKind(string Name, int Status, string Title, string Meaning, string Remedy)
{
    /// <summary>The problem document's <c>type</c>.</summary>
    public string Type => $"{ProblemCatalog.Path}/{Name}";
}
