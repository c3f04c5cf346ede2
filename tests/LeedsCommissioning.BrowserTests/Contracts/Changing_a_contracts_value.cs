using LeedsCommissioning.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeedsCommissioning.BrowserTests.Contracts;

/// <summary>
/// Issue 19's journey: a commissioner opens a contract, goes to its value and funding, follows the Change link, makes
/// a mistake (funding that does not add up, no reason), corrects it, and finds the change with its date and reason in
/// the history; each page at 1280 px and at 320 px, where nothing may scroll sideways (WCAG 1.4.10). Axe on every page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Changing_a_contracts_value(BrowserPortal portal)
{
    [SkippableFact]
    public async Task a_commissioner_changes_the_value_with_a_date_and_reason_and_sees_it_in_the_history()
    {
        await using var journey = await portal.StartJourneyAsync("commissioner");
        var page = journey.Page;
        await journey.GoToAsync("/account/sign-in", "sign-in");
        await journey.SignInAsync("commissioner@example.org");
        await journey.GoToAsync("/contracts?search=LCC-AH-2025-004", "contracts-search-advocacy");
        await journey.FollowAsync(page.Locator("#register tbody tr").First.GetByRole(AriaRole.Link), "contract-overview");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Independent advocacy hub");
        await journey.AtPhoneWidthAsync("contract-overview");

        var subNavigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Contract pages" });
        await journey.FollowAsync(subNavigation.GetByRole(AriaRole.Link, new() { Name = "Value and funding" }), "contract-funding");
        await journey.AtPhoneWidthAsync("contract-funding");
        await journey.FollowAsync(page.Locator("#value-card-change"), "change-value");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Change value and funding");
        await journey.AtPhoneWidthAsync("change-value");

        await page.GetByLabel("New annual value").FillAsync("1,250,000");
        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save the change" }), "change-value-errors");
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToContainTextAsync("The funding adds up to £1,150,000 (92%); it must add up to £1,250,000 (100%)");
        await Expect(summary).ToContainTextAsync("Enter the date the change takes effect");
        await Expect(summary).ToContainTextAsync("Enter the reason for the change");
        await Expect(page.GetByLabel("New annual value")).ToHaveValueAsync("1,250,000");
        await journey.AtPhoneWidthAsync("change-value-errors");

        await page.Locator("#Funding_0__AnnualAmount").FillAsync("1250000");
        await page.Locator("#EffectiveDate_Day").FillAsync("1");
        await page.Locator("#EffectiveDate_Month").FillAsync("4");
        await page.Locator("#EffectiveDate_Year").FillAsync("2027");
        await page.GetByLabel("Why is the change being made?").FillAsync("Advocacy for people leaving hospital added from April 2027");
        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save the change" }), "contract-funding-after-change");
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Annual value changed from £1,150,000 to £1,250,000, from 1 April 2027");
        await Expect(page.Locator("#annual-value")).ToHaveTextAsync("£1,250,000");

        await journey.FollowAsync(subNavigation.GetByRole(AriaRole.Link, new() { Name = "History" }), "contract-history");
        var latest = page.Locator("#history .app-history__entry").First;
        await Expect(latest).ToContainTextAsync("Annual value changed from £1,150,000 to £1,250,000");
        await Expect(latest).ToContainTextAsync("1 April 2027");
        await Expect(latest).ToContainTextAsync("Advocacy for people leaving hospital added from April 2027");
        await journey.AtPhoneWidthAsync("contract-history");

        await journey.FollowAsync(subNavigation.GetByRole(AriaRole.Link, new() { Name = "Overview" }), "contract-overview-after");
        await journey.FollowAsync(page.Locator("#end-contract"), "end-contract");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Are you sure you want to end Independent advocacy hub?");
        await journey.AtPhoneWidthAsync("end-contract");
        foreach (var section in new[] { "Term and extensions", "Providers", "Documents" })
        {
            await journey.GoToAsync(page.Url.Split("/end")[0], "contract-overview-again");
            await journey.FollowAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Contract pages" }).GetByRole(AriaRole.Link, new() { Name = section }), "contract-" + section.Split(' ')[0].ToLowerInvariant());
            await journey.AtPhoneWidthAsync("contract-" + section.Split(' ')[0].ToLowerInvariant());
        }
    }

    /// <summary>The page as a 320 px wide screen shows it, saved as "[page]-320": nothing on it may make the page scroll sideways.</summary>
}
