using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// How many requests one instance works on at once (<c>Server:MaxConcurrentRequests</c>); the rest wait their turn in
/// order of arrival (<c>Server:RequestQueueLimit</c> of them; beyond that they are answered 429 with Retry-After).
/// <para>
/// Why: on SQLite each request in progress holds its own connection (<see cref="OneConnectionPerRequest"/>), and each
/// pooled connection keeps its own copy of the schema (about 0.6 MB for this model) and its own page cache (up to
/// 2 MB): with 100 people asking at once the pool grew to 100 connections, a few hundred megabytes of native memory, for
/// no more throughput, since on a small server the pages are bound by its cores and the rest only wait in turn anyway
/// (docs/benchmarks.md, "Memory: session 16"). Waiting here holds no thread, no connection and no DbContext. The limit
/// applies to every database and is set per instance; 0 turns it off. The health checks are never queued, so a load
/// balancer always hears from a busy instance.
/// </para>
/// </summary>
public sealed class RequestConcurrency
{
    public const string Section = "Server";

    /// <summary>Requests worked on at once; 0 for no limit. The default is 16 a processor.</summary>
    public int MaxConcurrentRequests { get; set; } = 16 * Environment.ProcessorCount;

    /// <summary>Requests waiting their turn, beyond which a request is refused with 429.</summary>
    public int RequestQueueLimit { get; set; } = 5_000;

    public static void Configure(RateLimiterOptions limiter, IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<RequestConcurrency>() ?? new RequestConcurrency();
        if (options.MaxConcurrentRequests <= 0)
        {
            return;
        }

        var permits = new ConcurrencyLimiterOptions
        {
            PermitLimit = options.MaxConcurrentRequests,
            QueueLimit = Math.Max(0, options.RequestQueueLimit),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
                ? RateLimitPartition.GetNoLimiter("health")
                : RateLimitPartition.GetConcurrencyLimiter("requests", _ => permits));
    }
}
