using System.Security.Claims;
using System.Threading.RateLimiting;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Web.Infrastructure;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace LeedsCommissioning.Web.Security;

/// <summary>Configuration section "Security" (docs/security.md, docs/operations.md).</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Sign-in, code and password-reset attempts one client address may make in a minute.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 30;

    /// <summary>The same attempts from every address together, per instance: a brake on attacks spread over many addresses.</summary>
    public int SignInAttemptsPerMinuteInAll { get; set; } = 600;

    /// <summary>Cookies only over HTTPS. On everywhere but Development and the tests, which serve plain HTTP on loopback.</summary>
    public bool SecureCookies { get; set; } = true;

    /// <summary>
    /// The proxies or load balancers whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed: addresses
    /// and networks, comma separated ("10.0.0.0/8, 192.0.2.7"). Empty (the default) believes loopback only, so a client
    /// cannot choose the address its sign-in attempts are counted against, or claim HTTPS, by sending the header itself.
    /// </summary>
    public string TrustedProxies { get; set; } = "";

    /// <summary>Puts the trusted proxies into ASP.NET Core's forwarded headers options; a malformed entry stops start-up.</summary>
    public void TrustProxies(ForwardedHeadersOptions forwarded)
    {
        foreach (var entry in TrustedProxies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
            {
                forwarded.KnownIPNetworks.Add(network);
            }
            else if (System.Net.IPAddress.TryParse(entry, out var address))
            {
                forwarded.KnownProxies.Add(address);
            }
            else
            {
                throw new InvalidOperationException($"Security:TrustedProxies: \"{entry}\" is not an IP address or a network such as 10.0.0.0/8.");
            }
        }
    }
}

/// <summary>
/// Sign-in hardening (issue 16, docs/security.md): the rate limits on the forms that take a password, a code or an
/// email address, the claim that says a person signed in with a second factor, and the rule that an administrator
/// uses one. Lock-out after five wrong passwords or codes is Identity's (Infrastructure/WebApplicationSetup.cs).
/// </summary>
public static class SignInProtection
{
    /// <summary>Identity's claim for "signed in with a second factor" (RFC 8176's "mfa" authentication method).</summary>
    public const string AuthenticationMethod = "amr";

    public const string MultiFactor = "mfa";

    /// <summary>
    /// The rate limiter policy of the POSTs that take a password, a code or an address (sign in, a code, a recovery code, asking
    /// for and using a password reset), named on those actions with <c>[EnableRateLimiting]</c>. There is no global limiter, so
    /// every other request (each page, each static file) passes the rate limiter without a partition being looked up.
    /// </summary>
    public const string SignInAttempts = "sign-in-attempts";

    /// <summary>Where an administrator without a second factor may still go: setting one up, signing out, the error pages.</summary>
    private static readonly PathString[] OpenWithoutSecondFactor = ["/account/two-factor", "/account/sign-out", "/error"];

    public static bool UsedSecondFactor(this ClaimsPrincipal user) => user.HasClaim(AuthenticationMethod, MultiFactor);

    public static bool MustSetUpSecondFactor(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Administrator) && !user.UsedSecondFactor();

    public static IServiceCollection AddSignInProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(SignInAttempts, new SignInAttemptsPolicy(options.SignInAttemptsPerMinute, options.SignInAttemptsPerMinuteInAll));
            RequestConcurrency.Configure(limiter, configuration);
        });

        // Identity re-reads the person every five minutes (the security stamp check) and builds their claims afresh,
        // losing how they signed in: keep "signed in with a second factor" across that refresh.
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = context =>
        {
            if (context.CurrentPrincipal?.UsedSecondFactor() == true && context.NewPrincipal?.Identity is ClaimsIdentity identity && !context.NewPrincipal.UsedSecondFactor())
            {
                identity.AddClaim(new Claim(AuthenticationMethod, MultiFactor));
            }

            return Task.CompletedTask;
        });
        return services;
    }

    internal static FixedWindowRateLimiterOptions Window(int permits) =>
        new() { PermitLimit = Math.Max(1, permits), Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true };

    /// <summary>
    /// An administrator who has not used a second factor in this session is sent to set one up (or, with one set up,
    /// could not have got here: sign-in asks for the code), whatever page they asked for.
    /// </summary>
    public static IApplicationBuilder UseSecondFactorForAdministrators(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (MustSetUpSecondFactor(context.User) && !OpenWithoutSecondFactor.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.Redirect("/account/two-factor");
                return Task.CompletedTask;
            }

            return next(context);
        });
}

/// <summary>
/// <see cref="SignInProtection.SignInAttempts"/>: each client address (the TCP peer's, or the one a trusted proxy forwarded)
/// has its own fixed window of <c>perAddress</c> attempts a minute, and every attempt also counts against one window of
/// <c>inAll</c> a minute shared by every address (a brake on attacks spread over many addresses).
/// </summary>
internal sealed class SignInAttemptsPolicy(int perAddress, int inAll) : IRateLimiterPolicy<string>
{
    private readonly FixedWindowRateLimiter _all = new(SignInProtection.Window(inAll));

    /// <summary>The options' OnRejected (429 with Retry-After) answers.</summary>
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.Get(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new AddressAndAll(new FixedWindowRateLimiter(SignInProtection.Window(perAddress)), _all));

    /// <summary>
    /// An address's own window chained with the shared one. The address's is disposed with it (when the partition has been
    /// idle, so addresses seen once do not pile up); the shared one lives as long as the policy.
    /// </summary>
    private sealed class AddressAndAll(RateLimiter address, RateLimiter all) : RateLimiter
    {
        private readonly RateLimiter _chained = CreateChained(address, all);

        /// <summary>Idle when the address's own window is: the shared one is never idle while anyone signs in.</summary>
        public override TimeSpan? IdleDuration => address.IdleDuration;

        public override RateLimiterStatistics? GetStatistics() => _chained.GetStatistics();

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => _chained.AttemptAcquire(permitCount);

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            _chained.AcquireAsync(permitCount, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _chained.Dispose();
                address.Dispose();
            }

            base.Dispose(disposing);
        }

        protected override async ValueTask DisposeAsyncCore()
        {
            await _chained.DisposeAsync();
            await address.DisposeAsync();
            await base.DisposeAsyncCore();
        }
    }
}
