using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace LeedsCommissioning.Web.Tests.Security;

/// <summary>
/// A page's forms carry the token made for the browser's anti-forgery cookie and the person signed in, made once and
/// kept (KeptRequestTokens): the same browser and person get the same token on every page, anyone else gets their own,
/// and a token is refused with any browser or person but its own.
/// </summary>
public sealed class One_anti_forgery_token_per_browser_and_person(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task the_same_browser_and_person_get_the_same_token_on_every_page_which_is_never_cached_and_signs_out()
    {
        var client = await PortalClient.SignedInAsync(factory, "director@example.org");

        var first = await client.Http.GetAsync("/");
        var again = await client.Http.GetAsync("/contracts");
        var firstToken = await SignOutTokenAsync(first);
        var againToken = await SignOutTokenAsync(again);

        Assert.True(firstToken == againToken, string.Join("\n", new[] { first, again }.Select(r =>
            $"{r.RequestMessage?.RequestUri}: {string.Join("; ", r.Headers.TryGetValues("Set-Cookie", out var c) ? c : [])}")));
        foreach (var response in new[] { first, again })
        {
            Assert.True(response.Headers.CacheControl is { NoCache: true, NoStore: true }, $"{response.RequestMessage?.RequestUri} is {response.Headers.CacheControl}");
            Assert.Contains("no-cache", response.Headers.Pragma.Select(p => p.Name));
        }

        var signedOut = await client.PostAsync("/account/sign-out", [new("__RequestVerificationToken", againToken)]);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/account/sign-in", signedOut.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task another_person_signing_in_on_the_same_browser_gets_a_token_of_their_own_and_the_first_persons_is_refused()
    {
        var client = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var firstPersons = await SignOutTokenAsync(await client.Http.GetAsync("/"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/account/sign-out", [new("__RequestVerificationToken", firstPersons)])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("ccg@example.org", PortalClient.DemoPassword)).StatusCode);

        var secondPersons = await SignOutTokenAsync(await client.Http.GetAsync("/"));

        Assert.NotEqual(firstPersons, secondPersons);
        var refused = await client.PostAsync("/account/sign-out", [new("__RequestVerificationToken", firstPersons)]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/account")).StatusCode);
        var signedOut = await client.PostAsync("/account/sign-out", [new("__RequestVerificationToken", secondPersons)]);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
    }

    [Fact]
    public async Task the_same_person_in_another_browser_gets_another_token_and_neither_works_in_the_other()
    {
        var laptop = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var phone = await PortalClient.SignedInAsync(factory, "procurement@example.org");

        var laptops = await SignOutTokenAsync(await laptop.Http.GetAsync("/"));
        var phones = await SignOutTokenAsync(await phone.Http.GetAsync("/"));

        Assert.NotEqual(laptops, phones);
        Assert.Equal(HttpStatusCode.BadRequest, (await phone.PostAsync("/account/sign-out", [new("__RequestVerificationToken", laptops)])).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await laptop.PostAsync("/account/sign-out", [new("__RequestVerificationToken", phones)])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.PostAsync("/account/sign-out", [new("__RequestVerificationToken", laptops)])).StatusCode);
    }

    [Fact]
    public async Task a_browser_whose_anti_forgery_cookie_cannot_be_read_gets_a_new_one_and_keeps_the_token_made_with_it()
    {
        var cookies = new CookieContainer();
        var http = factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        var client = new PortalClient(http);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("evaluator@example.org", PortalClient.DemoPassword)).StatusCode);
        cookies.Add(http.BaseAddress!, new Cookie("lc.af", "not-a-token-this-portal-made"));

        var first = await client.Http.GetAsync("/");
        var again = await client.Http.GetAsync("/account");

        Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith("lc.af=", StringComparison.Ordinal));
        Assert.False(again.Headers.TryGetValues("Set-Cookie", out var more) && more.Any(c => c.StartsWith("lc.af=", StringComparison.Ordinal)));
        var token = await SignOutTokenAsync(first);
        Assert.Equal(token, await SignOutTokenAsync(again));
        var signedOut = await client.PostAsync("/account/sign-out", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
    }

    private static async Task<string> SignOutTokenAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        return page.QuerySelector("form[action='/account/sign-out'] input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The page has no sign-out button with a token");
    }
}
