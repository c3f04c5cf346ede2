using LeedsCommissioning.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeedsCommissioning.BrowserTests;

/// <summary>Issue 3: each demo role signs in, uses every page its navigation offers, and signs out; axe checks every page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class Signing_in_and_out(BrowserPortal portal)
{
    /// <summary>Screenshot prefix, demo account, and the heading of that role's home page.</summary>
    public static TheoryData<string, string, string> DemoAccounts => new()
    {
        { "administrator", "admin@example.org", "Portal administration" },
        { "council-commissioner", "commissioner@example.org", "Commissioning: Leeds City Council" },
        { "ccg-commissioner", "ccg@example.org", "Commissioning: NHS Leeds" },
        { "procurement-officer", "procurement@example.org", "Procurement" },
        { "decision-maker", "director@example.org", "Decisions" },
        { "lead-provider", "provider@example.org", "Your organisation" },
        { "small-provider", "small.provider@example.org", "Your organisation" },
        { "evaluator", "evaluator@example.org", "Evaluation panels" },
    };

    [SkippableTheory]
    [MemberData(nameof(DemoAccounts))]
    public async Task each_role_reaches_every_page_in_its_navigation_and_signs_out(string role, string email, string heading)
    {
        await using var journey = await portal.StartJourneyAsync(role);
        var page = journey.Page;

        await journey.GoToAsync("/", "landing");
        await journey.FollowAsync(SignInButton(page), "sign-in");
        await journey.SignInAsync(email);

        Assert.Equal(journey.Url("/"), page.Url);
        Assert.Equal(heading, await journey.HeadingAsync());

        var links = await Navigation(page).Locator("a.govuk-service-navigation__link")
            .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/", links);
        Assert.Contains("/account", links);
        var sections = new List<(string From, string Href)>();
        foreach (var href in links)
        {
            var name = href == "/" ? "home" : href.Trim('/');
            await journey.FollowAsync(Navigation(page).Locator($"a[href='{href}']"), name);
            // "Our organisation" redirects to the provider's own page; every other link lands where it points.
            if (href == "/our-organisation")
            {
                Assert.StartsWith(journey.Url("/providers/"), page.Url, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(journey.Url(href), page.Url);
            }

            await Expect(page.Locator("h1")).ToHaveCountAsync(1);
            sections.AddRange((await page.Locator("nav.moj-sub-navigation[aria-label$=' section'] a")
                .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).Select(h => (href, h)));
        }

        // A section's link leads to its first page; its other pages are one click on, in the section's sub-navigation.
        foreach (var (from, href) in sections.Where(s => !links.Contains(s.Href)).DistinctBy(s => s.Href))
        {
            await journey.GoToAsync(from, from.Trim('/').Replace('/', '-'));
            await journey.FollowAsync(page.Locator($"nav.moj-sub-navigation a[href='{href}']"), href.Trim('/').Replace('/', '-'));
            Assert.Equal(journey.Url(href), page.Url);
            await Expect(page.Locator("h1")).ToHaveCountAsync(1);
        }

        Assert.Contains("account", journey.Visited);

        await journey.FollowAsync(Navigation(page).GetByRole(AriaRole.Button, new() { Name = "Sign out" }), "signed-out");

        Assert.Equal(journey.Url("/account/sign-in"), page.Url);
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("You have signed out");
        await Expect(Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(Navigation(page).GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task a_person_can_sign_in_with_the_keyboard_alone()
    {
        await using var journey = await portal.StartJourneyAsync("keyboard");
        var page = journey.Page;
        await journey.GoToAsync("/", "landing");

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();

        await TabToAsync(page, SignInButton(page));
        await journey.NavigateAsync(() => page.Keyboard.PressAsync("Enter"), "sign-in");

        await TabToAsync(page, page.GetByLabel("Email address"));
        await page.Keyboard.TypeAsync("commissioner@example.org");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Password")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(Journey.DemoPassword);
        await journey.NavigateAsync(() => page.Keyboard.PressAsync("Enter"), "home");

        Assert.Equal("Commissioning: Leeds City Council", await journey.HeadingAsync());
    }

    private static ILocator Navigation(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });

    /// <summary>The landing page's start button (a link styled as a button), not the "Sign in" link in the navigation.</summary>
    private static ILocator SignInButton(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" });

    /// <summary>Presses Tab until <paramref name="target"/> has focus, as a keyboard user would (at most 30 times).</summary>
    internal static async Task TabToAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 30; presses++)
        {
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {target}");
    }
}
