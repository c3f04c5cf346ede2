using LeedsCommissioning.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeedsCommissioning.BrowserTests;

/// <summary>The GOV.UK error pattern on the sign-in form: the summary takes focus and its links lead to the fields.</summary>
[Collection(BrowserCollection.Name)]
public sealed class Sign_in_errors(BrowserPortal portal)
{
    [SkippableFact]
    public async Task a_wrong_password_shows_the_error_summary_which_takes_focus_and_links_to_the_field()
    {
        await using var journey = await portal.StartJourneyAsync("anonymous");
        var page = journey.Page;
        await journey.GoToAsync("/account/sign-in", "sign-in");

        // An address with no account: a wrong password for a demo account would count towards its lock-out.
        await page.GetByLabel("Email address").FillAsync("nobody@example.org");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }), "sign-in-wrong-password");

        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync("Enter a correct email address and password");
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));

        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter a correct email address and password" }).ClickAsync();
        await Expect(page.GetByLabel("Email address")).ToBeFocusedAsync();
    }

    [SkippableFact]
    public async Task an_empty_form_links_each_error_to_its_own_field()
    {
        await using var journey = await portal.StartJourneyAsync("anonymous");
        var page = journey.Page;
        await journey.GoToAsync("/account/sign-in", "sign-in");

        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }), "sign-in-errors");

        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Enter your email address", "Enter your password"]);
        await Expect(page.Locator("#Email-error")).ToContainTextAsync("Enter your email address");

        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter your password" }).ClickAsync();
        await Expect(page.GetByLabel("Password")).ToBeFocusedAsync();
    }
}
