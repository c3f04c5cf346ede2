using System.Net;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Security;

/// <summary>
/// Every endpoint that takes a POST refuses one without the anti-forgery token, even from a signed-in
/// administrator (who may use them all). Endpoints are enumerated from the app, so new forms are covered.
/// </summary>
public sealed class Every_form_post_needs_the_anti_forgery_token(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task a_post_without_the_token_is_refused_everywhere()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");
        var values = await Every_endpoint_declares_who_may_use_it.RouteValues(factory);
        var posts = MappedEndpoint.All(factory.Services).Where(e => e.Method == "POST").ToList();
        Assert.Contains(posts, e => e.Key == "POST /admin/users/{id}/lock");

        // Each POST is tried as someone the authorisation matrix lets use it (the administrator where it can),
        // so the refusal seen is the anti-forgery check and not the authorisation one.
        var clients = new Dictionary<string, PortalClient> { [Roles.Administrator] = admin };
        var wrong = new List<string>();
        foreach (var post in posts)
        {
            var url = post.Url(values);
            var allowed = Every_endpoint_declares_who_may_use_it.Expected.TryGetValue(post.Key, out var who) ? who : new HashSet<string>();
            var role = allowed.Contains(Roles.Administrator) ? Roles.Administrator
                : Roles.All.FirstOrDefault(allowed.Contains) ?? Roles.Administrator;
            if (!clients.TryGetValue(role, out var client))
            {
                client = clients[role] = await PortalClient.SignedInAsync(factory, DemoData.Accounts.First(a => a.Role == role).Email);
            }

            var response = await client.PostAsync(url, [new("Name", "Forged")]);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                wrong.Add($"POST {url}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(wrong.Count == 0, "Accepted or failed without the anti-forgery token:\n" + string.Join("\n", wrong));
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/admin/users")).StatusCode);
    }

    /// <summary>
    /// An endpoint that takes every method also takes a POST, which the test above would not see. Only the
    /// error pages (reached by re-execution with the failed request's method) and the health checks may do
    /// that, and neither changes anything. Any other action must say [HttpGet] or [HttpPost].
    /// </summary>
    [Fact]
    public void only_read_only_endpoints_take_every_method()
    {
        var anyMethod = MappedEndpoint.All(factory.Services).Where(e => e.Method == "ANY").Select(e => e.Key).ToList();

        Assert.Equal(["ANY /error", "ANY /error/{code:int}", "ANY /health/live", "ANY /health/ready"], anyMethod);
    }

    [Fact]
    public async Task a_refused_post_shows_the_bad_request_page()
    {
        var client = PortalClient.For(factory);

        var response = await client.PostAsync("/account/forgot-password", [new("Email", "admin@example.org")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Sorry, the service could not handle that request", (await PortalClient.ParseAsync(response)).Heading());
    }
}
