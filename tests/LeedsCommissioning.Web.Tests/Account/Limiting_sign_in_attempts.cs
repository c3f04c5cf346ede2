using System.Net;
using LeedsCommissioning.Web.Security;
using LeedsCommissioning.Web.Tests.Infrastructure;
using LeedsCommissioning.Web.Tests.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Web.Tests.Account;

/// <summary>
/// The forms that take a password, a code or an address are rate limited per client address (issue 16: ASP.NET Core's
/// rate limiter, docs/security.md), here at 3 a minute: the fourth attempt gets "Too many attempts" and a Retry-After,
/// and the pages themselves still open.
/// </summary>
public sealed class Limiting_sign_in_attempts(Limiting_sign_in_attempts.Factory factory) : IClassFixture<Limiting_sign_in_attempts.Factory>
{
    [Fact]
    public async Task the_fourth_attempt_in_a_minute_is_refused_with_too_many_attempts()
    {
        var client = PortalClient.For(factory);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync("someone@example.org", "wrong password " + attempt)).StatusCode);
        }

        var fourth = await client.SignInAsync("commissioner@example.org", PortalClient.DemoPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Equal("60", fourth.Headers.GetValues("Retry-After").Single());
        Assert.Equal("Too many attempts", (await PortalClient.ParseAsync(fourth)).Heading());
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/account/sign-in")).StatusCode);
        var reset = await client.PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = "someone@example.org" });
        Assert.Equal(HttpStatusCode.TooManyRequests, reset.StatusCode);
    }

    [Fact]
    public void only_the_five_forms_pass_through_a_limiter_and_no_other_request_does()
    {
        var limited = MappedEndpoint.All(factory.Services)
            .Where(e => e.Endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>() is { } limit && limit.PolicyName == SignInProtection.SignInAttempts)
            .Select(e => e.Key).ToList();

        Assert.Equal(
            ["POST /account/forgot-password", "POST /account/reset-password", "POST /account/sign-in", "POST /account/sign-in/code", "POST /account/sign-in/recovery-code"],
            limited.Order(StringComparer.Ordinal));
        // The global limiter limits how many requests are worked on at once, never how many a person makes: a thousand
        // requests one after the other are all let through (Reliability/When_many_people_ask_at_once).
        var global = factory.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;
        Assert.All(Enumerable.Range(0, 1_000), _ =>
        {
            using var lease = global.AttemptAcquire(new DefaultHttpContext { Request = { Path = "/account/sign-in" } });
            Assert.True(lease.IsAcquired);
        });
    }

    public sealed class Factory : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
            [new("Security:SignInAttemptsPerMinute", "3")];
    }
}

/// <summary>
/// X-Forwarded-For is believed only from a proxy in Security:TrustedProxies (docs/security.md): otherwise a client
/// could send a new address with each attempt and never meet the limit. The test server has no network, so each
/// request's peer address (what the TCP connection would say) is set from a test-only header before the app sees it.
/// </summary>
public sealed class Believing_forwarded_addresses
{
    private static Task<IReadOnlyList<HttpStatusCode>> FourSignInsAsync(PortalFactory factory, Func<int, string> forwardedFor) =>
        SignInsAsync(factory, 4, forwardedFor);

    private static async Task<IReadOnlyList<HttpStatusCode>> SignInsAsync(PortalFactory factory, int count, Func<int, string> forwardedFor)
    {
        var codes = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= count; attempt++)
        {
            var client = PortalClient.For(factory);
            client.Http.DefaultRequestHeaders.Add(PeerAddress.Header, "10.1.2.3");
            client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor(attempt));
            codes.Add((await client.SignInAsync("someone@example.org", "wrong password")).StatusCode);
        }

        return codes;
    }

    [Fact]
    public async Task a_client_that_is_not_a_trusted_proxy_cannot_escape_the_limit_by_naming_a_new_address_each_time()
    {
        using var factory = new Untrusting();

        var codes = await FourSignInsAsync(factory, attempt => $"203.0.113.{attempt}");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], codes);
    }

    [Fact]
    public async Task behind_a_trusted_proxy_each_client_is_counted_by_its_own_address()
    {
        using var factory = new Trusting();

        var different = await FourSignInsAsync(factory, attempt => $"203.0.113.{attempt}");
        var same = await FourSignInsAsync(factory, _ => "198.51.100.7");

        Assert.All(different, code => Assert.Equal(HttpStatusCode.OK, code));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], same);
    }

    [Fact]
    public async Task attempts_from_every_address_together_meet_the_limit_in_all()
    {
        using var factory = new TrustingWithLimitInAll();

        var codes = await SignInsAsync(factory, 5, attempt => $"203.0.113.{attempt}");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], codes);
    }

    [Fact]
    public void a_malformed_trusted_proxy_is_refused_at_start_up_with_the_setting_named()
    {
        var options = new LeedsCommissioning.Web.Security.SecurityOptions { TrustedProxies = "10.0.0.0/8, proxy.example.org" };

        var ex = Assert.Throws<InvalidOperationException>(() => options.TrustProxies(new Microsoft.AspNetCore.Builder.ForwardedHeadersOptions()));

        Assert.Contains("Security:TrustedProxies", ex.Message, StringComparison.Ordinal);
        Assert.Contains("proxy.example.org", ex.Message, StringComparison.Ordinal);
    }

    public class Untrusting : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
            [new("Security:SignInAttemptsPerMinute", "3")];

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, PeerAddress>());
        }
    }

    public sealed class Trusting : Untrusting
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
            [.. base.ExtraSettings(), new("Security:TrustedProxies", "10.0.0.0/8")];
    }

    /// <summary>3 attempts a minute from one address, 4 from all of them together.</summary>
    public sealed class TrustingWithLimitInAll : Untrusting
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
            [.. base.ExtraSettings(), new("Security:TrustedProxies", "10.0.0.0/8"), new("Security:SignInAttemptsPerMinuteInAll", "4")];
    }

    /// <summary>Sets the connection's peer address from <see cref="Header"/>, first thing, as a real socket would.</summary>
    private sealed class PeerAddress : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public const string Header = "X-Test-Peer-Address";

        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
