using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;

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

    public sealed class Factory : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
            [new("Security:SignInAttemptsPerMinute", "3")];
    }
}
