using LeedsCommissioning.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeedsCommissioning.BrowserTests;

/// <summary>
/// Issue 16: the administrator's audit trail search (with its errors and with results), and a person's personal data on
/// their user page with the erasure's confirmation page: axe on each, and no sideways scrolling at 320 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Searching_the_audit_trail(BrowserPortal portal)
{
    [SkippableFact]
    public async Task the_search_its_errors_and_results_and_the_personal_data_pages_are_accessible()
    {
        await using var journey = await portal.StartJourneyAsync("administrator-audit");
        var page = journey.Page;
        await journey.GoToAsync("/account/sign-in", "sign-in");
        await journey.SignInAsync("admin@example.org");

        await journey.GoToAsync("/admin/audit", "audit");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Audit trail");
        await Expect(page.Locator(".app-history__entry")).Not.ToHaveCountAsync(0);
        await journey.AtPhoneWidthAsync("audit");

        await page.GetByLabel("Day").First.FillAsync("31");
        await page.GetByLabel("Month").First.FillAsync("2");
        await page.GetByLabel("Year").First.FillAsync("2026");
        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Search" }), "audit-errors");
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync("The from date must be a real date");
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await journey.AtPhoneWidthAsync("audit-errors");

        await journey.GoToAsync("/admin/audit?RecordType=Contract&RecordId=1", "audit-record");
        await Expect(page.Locator("#results")).ToContainTextAsync("found");
        await journey.AtPhoneWidthAsync("audit-record");

        await journey.GoToAsync("/admin/users?search=evaluator%40example.org", "users-search");
        await journey.FollowAsync(page.Locator("table tbody tr").First.GetByRole(AriaRole.Link), "user-details");
        await Expect(page.Locator("#personal-data")).ToHaveTextAsync("Personal data");
        await journey.AtPhoneWidthAsync("user-details");
        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Erase personal data" }), "user-erase-confirm");
        await Expect(page.Locator("h1")).ToContainTextAsync("Are you sure you want to erase");
        await journey.AtPhoneWidthAsync("user-erase-confirm");
    }
}
