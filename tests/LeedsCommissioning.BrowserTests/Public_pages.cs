using System.Net;
using LeedsCommissioning.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeedsCommissioning.BrowserTests;

/// <summary>Pages anyone can reach: the footer's pages and the error page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class Public_pages(BrowserPortal portal)
{
    [SkippableFact]
    public async Task the_footer_pages_are_accessible()
    {
        await using var journey = await portal.StartJourneyAsync("anonymous");
        var page = journey.Page;
        await journey.GoToAsync("/", "landing");

        var footer = page.Locator("footer");
        foreach (var (link, path, heading) in new[]
                 {
                     ("Contact", "/contact", "Contact the commissioning team"),
                     ("Forward plan", "/forward-plan", "Forward plan: commissioning intentions"),
                     ("Accessibility statement", "/accessibility", "Accessibility statement"),
                     ("Privacy", "/privacy", "Privacy"),
                     ("Cookies", "/cookies", "Cookies"),
                 })
        {
            await journey.FollowAsync(footer.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }), path.Trim('/'));
            Assert.Equal(journey.Url(path), page.Url);
            await Expect(page.Locator("h1")).ToContainTextAsync(heading);
        }
    }

    [SkippableFact]
    public async Task an_unknown_address_shows_an_accessible_page_not_found_to_a_signed_in_person()
    {
        await using var journey = await portal.StartJourneyAsync("council-commissioner");
        await journey.GoToAsync("/account/sign-in", "sign-in");
        await journey.SignInAsync("commissioner@example.org");

        var response = await journey.GoToAsync("/does-not-exist", "not-found");

        Assert.Equal((int)HttpStatusCode.NotFound, response?.Status);
        Assert.Equal("Page not found", await journey.HeadingAsync());
    }

    [SkippableFact]
    public async Task an_unknown_address_asks_a_person_who_is_not_signed_in_to_sign_in()
    {
        // Every page but the public ones needs a signed-in person (the fallback policy), so an unknown address
        // does not tell a stranger whether it exists.
        await using var journey = await portal.StartJourneyAsync("anonymous");

        await journey.GoToAsync("/does-not-exist", "unknown-address");

        Assert.Equal(journey.Url("/account/sign-in?ReturnUrl=%2Fdoes-not-exist"), journey.Page.Url);
        Assert.Equal("Sign in to Leeds Commissioning", await journey.HeadingAsync());
    }
}
