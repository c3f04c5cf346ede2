using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Security;

/// <summary>
/// Every GET endpoint, asked by every persona (anonymous and each role) over HTTPS with real records in the route, as
/// the authorisation matrix asks them (<see cref="Every_endpoint_declares_who_may_use_it.RouteValues"/>): whatever the
/// answer (a page, a download, a redirect, 403 or 404), it carries the security headers, and every cookie the portal
/// sets on the way is Secure, HttpOnly and SameSite (docs/security.md, "Cookies and headers").
/// </summary>
public sealed class Every_response_carries_the_security_headers(Every_response_carries_the_security_headers.Factory factory)
    : IClassFixture<Every_response_carries_the_security_headers.Factory>
{
    [Fact]
    public async Task every_get_endpoint_for_every_persona_sends_the_headers_and_only_safe_cookies()
    {
        var values = await Every_endpoint_declares_who_may_use_it.RouteValues(factory);
        var problems = new List<string>();
        var cookies = new HashSet<string>(StringComparer.Ordinal);
        var endpoints = MappedEndpoint.All(factory.Services).Where(e => e.RequestMethod == HttpMethod.Get).ToList();
        foreach (var persona in Persona.All)
        {
            var client = await SignedInOverHttpsAsync(persona, problems, cookies);
            foreach (var endpoint in endpoints)
            {
                var url = endpoint.Url(values);
                using var response = await client.Http.GetAsync(url);
                problems.AddRange(Check(response).Select(p => $"GET {url} as {persona}: {p}"));
                Collect(response, cookies);
            }
        }

        problems.AddRange(cookies.Where(c => !IsSafe(c)).Select(c => "cookie without Secure, HttpOnly and SameSite: " + c));
        Assert.True(cookies.Count > 0, "No cookie was set, so none was checked");
        Assert.True(problems.Count == 0, problems.Count + " problems:\n" + string.Join("\n", problems.Distinct().Take(60)));
    }

    [Fact]
    public async Task the_browser_is_told_to_use_https_for_a_year()
    {
        var client = Client();

        using var response = await client.Http.GetAsync("/account/sign-in");

        var hsts = response.Headers.GetValues("Strict-Transport-Security").Single();
        Assert.Contains("max-age=", hsts, StringComparison.Ordinal);
        Assert.True(int.Parse(hsts.Split("max-age=")[1].Split(';')[0], System.Globalization.CultureInfo.InvariantCulture) >= 365 * 24 * 3600 - 1,
            "HSTS max-age under a year: " + hsts);
    }

    private async Task<PortalClient> SignedInOverHttpsAsync(Persona persona, List<string> problems, HashSet<string> cookies)
    {
        var client = Client();
        if (persona.Email is null)
        {
            return client;
        }

        var response = await client.SignInAsync(persona.Email, PortalClient.DemoPassword);
        Collect(response, cookies);
        problems.AddRange(Check(response).Select(p => $"POST /account/sign-in as {persona}: {p}"));
        if (response.Headers.Location?.OriginalString.StartsWith("/account/sign-in/code", StringComparison.Ordinal) == true)
        {
            var code = await SecondFactor.NextCodeAsync(factory.Services, persona.Email);
            response = await client.PostFormAsync(response.Headers.Location.OriginalString, "/account/sign-in/code", new() { ["Code"] = code! });
            Collect(response, cookies);
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private PortalClient Client() => PortalClient.For(factory);

    private static IEnumerable<string> Check(HttpResponseMessage response)
    {
        string? Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

        var csp = Header("Content-Security-Policy");
        if (csp is null)
        {
            yield return "no Content-Security-Policy";
        }
        else
        {
            // A stored file (Uploads.StoredFile) has a stricter policy of its own: nothing loads, and a browser that shows it sandboxes it.
            string[] requirements = csp.StartsWith("default-src 'none'", StringComparison.Ordinal)
                ? ["frame-ancestors 'none'", "sandbox"]
                : ["default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'"];
            foreach (var required in requirements)
            {
                if (!csp.Contains(required, StringComparison.Ordinal))
                {
                    yield return $"Content-Security-Policy without {required}: {csp}";
                }
            }

            if (csp.Contains("unsafe-inline", StringComparison.Ordinal) || csp.Contains("unsafe-eval", StringComparison.Ordinal))
            {
                yield return "Content-Security-Policy allows inline or eval'd code: " + csp;
            }
        }

        if (Header("X-Content-Type-Options") != "nosniff")
        {
            yield return "X-Content-Type-Options is not nosniff";
        }

        if (Header("X-Frame-Options") != "DENY")
        {
            yield return "X-Frame-Options is not DENY";
        }

        if (Header("Referrer-Policy") is null)
        {
            yield return "no Referrer-Policy";
        }

        if (Header("Strict-Transport-Security") is null)
        {
            yield return "no Strict-Transport-Security";
        }
    }

    private static void Collect(HttpResponseMessage response, HashSet<string> cookies)
    {
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            cookies.UnionWith(set.Select(c => c.Split('=')[0] + " | " + string.Join(";", c.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).Where(a => !a.StartsWith("expires", StringComparison.Ordinal) && !a.StartsWith("max-age", StringComparison.Ordinal)))));
        }
    }

    private static bool IsSafe(string cookie)
    {
        var attributes = cookie.Split(" | ")[1].Split(';');
        return attributes.Contains("secure") && attributes.Contains("httponly") && attributes.Any(a => a is "samesite=lax" or "samesite=strict");
    }

    /// <summary>
    /// The portal as deployed: cookies Secure (the setting's default, which the other tests turn off for plain HTTP),
    /// reached over HTTPS at a name that is not localhost (HSTS is never sent to localhost).
    /// </summary>
    public sealed class Factory : PortalFactory
    {
        public override Uri? ClientBaseAddress { get; } = new("https://portal.example.org/");

        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("Security:SecureCookies", "true")];
    }
}
