using LeedsCommissioning.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeedsCommissioning.BrowserTests.Contracts;

/// <summary>
/// Issue 4's journey: a commissioner finds Live Well Leeds by search, filters to contracts ending
/// within 12 months, opens one with a pending extension, records an extension as taken and downloads the CSV; axe on every page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Using_the_contracts_register(BrowserPortal portal)
{
    [SkippableFact]
    public async Task a_commissioner_searches_filters_takes_an_extension_and_downloads_the_register()
    {
        await using var journey = await portal.StartJourneyAsync("commissioner");
        var page = journey.Page;
        await journey.GoToAsync("/account/sign-in", "sign-in");
        await journey.SignInAsync("commissioner@example.org");

        await journey.FollowAsync(page.Locator(".govuk-service-navigation").GetByRole(AriaRole.Link, new() { Name = "Contracts", Exact = true }), "contracts");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Contracts register");

        await page.GetByLabel("Search by reference, title or provider").FillAsync("Live Well Leeds");
        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }), "contracts-search");
        await Expect(page.Locator("#register tbody tr").First).ToContainTextAsync("Live Well Leeds");
        await Expect(page.Locator("#register tbody tr").First).ToContainTextAsync("LCC-AH-2019-014");

        await page.GetByLabel("Search by reference, title or provider").FillAsync("");
        await page.GetByLabel("Ending within").SelectOptionAsync("12");
        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }), "contracts-ending-within-12-months");
        Assert.Contains("endingWithin=12", page.Url, StringComparison.Ordinal);
        var rows = page.Locator("#register tbody tr");
        await Expect(rows).Not.ToHaveCountAsync(0);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-csv").ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.StartsWith("Reference,Title,Service area", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);

        // The integrated drug and alcohol service ends on 31 May 2027 and its 24-month extension is still pending
        // (demo data): open it from the filtered list and record the extension as taken.
        await journey.FollowAsync(rows.Filter(new() { HasText = "LCC-PH-2022-003" }).GetByRole(AriaRole.Link), "contract");
        await journey.FollowAsync(page.Locator(".moj-sub-navigation").GetByRole(AriaRole.Link, new() { Name = "Term and extensions" }), "contract-term");
        var before = (await page.Locator("#current-end-date").InnerTextAsync()).Trim();
        await journey.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = "Record as taken" }).First, "extension-take");
        await Expect(page.Locator("h1")).ToContainTextAsync("as taken");
        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record as taken" }), "contract-after-extension");
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("taken");
        await Expect(page.Locator("#term")).ToBeVisibleAsync();
        Assert.NotEqual(before, (await page.Locator("#current-end-date").InnerTextAsync()).Trim());
        await journey.FollowAsync(page.Locator(".moj-sub-navigation").GetByRole(AriaRole.Link, new() { Name = "History" }), "contract-history");
        await Expect(page.Locator("#history")).ToContainTextAsync("Extension changed");
    }
}
