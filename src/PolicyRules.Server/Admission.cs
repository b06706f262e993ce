using System.Globalization;
using System.Threading.RateLimiting;
using PolicyRules.Facts;

namespace PolicyRules.Server;

/// <summary>
/// Admission control for evaluations. A case is weighed once it is read (how many facts the engine would hold); light cases
/// share a wide lane, heavy ones a narrow lane with a short queue, so a burst of the costliest cases the limits allow gets
/// 503 with Retry-After at once instead of taking every core, while light cases and /healthz keep answering.
/// Waiting in a queue counts against the request timeout.
/// </summary>
internal sealed class EvaluationGate : IDisposable
{
    private readonly ConcurrencyLimiter _light;
    private readonly ConcurrencyLimiter _heavy;

    public EvaluationGate(PolicyServerOptions options)
    {
        HeavyCaseFacts = options.HeavyCaseFacts;
        _light = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.MaxConcurrentEvaluations,
            QueueLimit = options.EvaluationQueueLength,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _heavy = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.MaxConcurrentHeavyEvaluations,
            QueueLimit = options.HeavyEvaluationQueueLength,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>Cases weighing more than this many facts go through the heavy lane.</summary>
    public int HeavyCaseFacts { get; }

    /// <summary>
    /// The facts the engine would hold for the case: each charge, indicator, concern, U.S. request and the charges it lists,
    /// offence analysis and prior prosecution. Evaluation cost grows faster than this, which is why heavy cases have a lane.
    /// </summary>
    public static int Weight(Case policyCase)
    {
        var weight = 3 + policyCase.Charges.Length + policyCase.Context.Length + policyCase.Article2Concerns.Length;
        if (policyCase.Us is { } us)
        {
            weight += 1 + us.OffenceAnalysis.Length + us.PriorUsProsecutions.Length;
            foreach (var request in us.Requests)
            {
                weight += 1 + request.ChargeIds.Length;
            }
        }

        return weight;
    }

    /// <summary>Bodies larger than this are taken as heavy before they are read: turning them away costs no parsing.</summary>
    public const long HeavyBodyBytes = 128 * 1024;

    /// <summary>Waits for a place in the case's lane; the lease is not acquired when that lane's queue is full.</summary>
    public ValueTask<RateLimitLease> EnterAsync(Case policyCase, CancellationToken cancellationToken) =>
        (Weight(policyCase) > HeavyCaseFacts ? _heavy : _light).AcquireAsync(1, cancellationToken);

    /// <summary>Waits for a place in the heavy lane, for a body known to be large before it is read.</summary>
    public ValueTask<RateLimitLease> EnterHeavyAsync(CancellationToken cancellationToken) => _heavy.AcquireAsync(1, cancellationToken);

    public void Dispose()
    {
        _light.Dispose();
        _heavy.Dispose();
    }

    /// <summary>The answer when a lane or the server is full: 503 with Retry-After, in the API's problem form.</summary>
    public static IResult Busy(PolicyServerOptions options, HttpContext context, bool heavy)
    {
        context.Response.Headers.RetryAfter = options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Problems.Result(ProblemCatalog.Busy, heavy
            ? string.Create(CultureInfo.InvariantCulture, $"The server is evaluating as many large cases (over {options.HeavyCaseFacts} facts) as it takes at once; retry after {options.RetryAfterSeconds} s.")
            : string.Create(CultureInfo.InvariantCulture, $"The server is evaluating as many cases as it takes at once; retry after {options.RetryAfterSeconds} s."));
    }
}
