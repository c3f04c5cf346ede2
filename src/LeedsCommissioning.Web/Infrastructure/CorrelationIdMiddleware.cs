using System.Text.RegularExpressions;
using Serilog.Context;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// Gives every request a correlation id: the caller's X-Correlation-ID when it is well formed
/// (a load balancer's), otherwise a new one. It is echoed in the response, used as the request's
/// TraceIdentifier, and added to every log event of the request.
/// </summary>
internal sealed partial class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Correlation-ID";

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[HeaderName].ToString();
        var id = SafeId().IsMatch(incoming) ? incoming : Guid.NewGuid().ToString("N");
        context.TraceIdentifier = id;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = id;
            return Task.CompletedTask;
        });
        using (LogContext.PushProperty("CorrelationId", id))
        {
            await next(context);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{8,64}$")]
    private static partial Regex SafeId();
}
