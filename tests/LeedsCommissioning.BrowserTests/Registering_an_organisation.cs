using LeedsCommissioning.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeedsCommissioning.BrowserTests;

/// <summary>
/// Issue 6, self-registration: a small charity finds "Register your organisation" on an opportunity, makes two
/// mistakes, is told what is wrong with each field without losing what it typed, sends the application; a
/// commissioner finds it waiting on the procurement page and approves it. axe checks every page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Registering_an_organisation(BrowserPortal portal)
{
    [SkippableFact]
    public async Task a_charity_applies_corrects_its_mistakes_and_a_commissioner_approves_it()
    {
        var name = $"Gipton Community Garden {Guid.NewGuid().ToString("N")[..6]}";
        var email = $"garden-{Guid.NewGuid().ToString("N")[..6]}@example.org";
        await using (var applicant = await portal.StartJourneyAsync("registration-applicant"))
        {
            var page = applicant.Page;
            await applicant.GoToAsync("/opportunities", "opportunities");
            await applicant.FollowAsync(page.Locator("main a.govuk-link[href^='/opportunities/']").First, "opportunity");
            await applicant.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = "Register your organisation" }), "register");

            await page.GetByLabel("Organisation name").FillAsync(name);
            await page.GetByLabel("Postcode of your main office").FillAsync("LS9 6N");
            await page.GetByRole(AriaRole.Group, new() { Name = "Is your organisation based in Leeds?" }).GetByLabel("Yes").CheckAsync();
            await page.GetByLabel("North East").CheckAsync();
            await page.GetByLabel("Annual income (optional)").FillAsync("86,500");
            await page.GetByLabel("Your full name").FillAsync("Mo Farouk");
            await page.GetByLabel("Your email address").FillAsync(email);
            await applicant.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send application" }), "register-errors");

            var summary = page.Locator(".govuk-error-summary");
            await Expect(summary).ToContainTextAsync("Select what kind of organisation it is");
            await Expect(summary).ToContainTextAsync("Enter a real postcode, like LS7 3HB");
            await Expect(page.GetByLabel("Organisation name")).ToHaveValueAsync(name);
            await Expect(page.GetByLabel("North East")).ToBeCheckedAsync();
            await Expect(page.GetByLabel("Your email address")).ToHaveValueAsync(email);

            await page.GetByRole(AriaRole.Radio, new() { Name = "Registered charity" }).CheckAsync();
            await page.GetByLabel("Charity number (if a registered charity)").FillAsync("1187654");
            await page.GetByLabel("Postcode of your main office").FillAsync("LS9 6NL");
            await applicant.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send application" }), "register-sent");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Application sent");
        }

        await using (var commissioner = await portal.StartJourneyAsync("registration-commissioner"))
        {
            var page = commissioner.Page;
            await commissioner.GoToAsync("/account/sign-in", "sign-in");
            await commissioner.SignInAsync("commissioner@example.org");
            await commissioner.GoToAsync("/procurement", "procurement");
            await commissioner.FollowAsync(page.Locator("main a[href='/procurement/organisation-applications']").First, "applications");
            await commissioner.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = name }), "application");
            await Expect(page.Locator("main .govuk-summary-list")).ToContainTextAsync("Registered charity");
            await Expect(page.Locator("main .govuk-summary-list")).ToContainTextAsync("North East");
            await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Approve and invite" }), "application-approved");
            await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{name} is approved");
        }
    }
}
