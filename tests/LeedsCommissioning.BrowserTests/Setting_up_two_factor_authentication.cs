using LeedsCommissioning.BrowserTests.Infrastructure;
using LeedsCommissioning.Infrastructure.Identity;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeedsCommissioning.BrowserTests;

/// <summary>
/// A small charity's contracts manager turns on two-factor authentication on a phone-sized screen (320 CSS pixels):
/// the set-up page with its QR code and key, a wrong code, the recovery codes, then signing in with a code. Every page
/// is screenshotted and checked with axe, and none scrolls sideways.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Setting_up_two_factor_authentication(BrowserPortal portal)
{
    [SkippableFact]
    public async Task on_a_phone_from_the_account_page_to_signing_in_with_a_code()
    {
        await using var journey = await portal.StartJourneyAsync("two-factor", width: 320);
        var page = journey.Page;
        await journey.GoToAsync("/account/sign-in", "sign-in");
        await journey.SignInAsync("small.provider@example.org");

        await journey.GoToAsync("/account", "account");
        await journey.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = "Set up two-factor authentication" }), "two-factor-setup");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Set up two-factor authentication");
        await Expect(page.GetByAltText("QR code for adding your Leeds Commissioning account to an authenticator app")).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page);
        var key = (await page.Locator(".app-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

        await page.GetByLabel("Code from your authenticator app").FillAsync("000000");
        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor authentication" }), "two-factor-setup-errors");
        await Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The code is not right");

        await page.GetByLabel("Code from your authenticator app").FillAsync(AuthenticatorCodes.CodeAt(key, portal.Now));
        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor authentication" }), "two-factor-recovery-codes");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Your recovery codes");
        await Expect(page.Locator(".app-recovery-codes li")).ToHaveCountAsync(10);
        await AssertNoSidewaysScrollAsync(page);

        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "I have kept my codes safe" }), "account-two-factor-on");
        await Expect(page.Locator("main")).ToContainTextAsync("On: you enter a code from your authenticator app when you sign in");

        // Another phone's browser: password, then the code page.
        await using (var again = await portal.StartJourneyAsync("two-factor-sign-in", width: 320))
        {
            await again.GoToAsync("/account/sign-in", "sign-in");
            await again.SignInAsync("small.provider@example.org");
            await Expect(again.Page).ToHaveURLAsync(again.Url("/"));
            Assert.Contains("sign-in-code", again.Visited);
        }

        // Turned off again, so the shared demo account signs in with its password in the other tests.
        await journey.GoToAsync("/account/two-factor", "two-factor-status");
        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Turn off two-factor authentication" }), "two-factor-off");
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Two-factor authentication is off");
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways at 320 CSS pixels");
}
