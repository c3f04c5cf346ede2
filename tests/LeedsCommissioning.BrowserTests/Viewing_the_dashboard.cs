using LeedsCommissioning.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeedsCommissioning.BrowserTests;

/// <summary>
/// The dashboards in a browser (issue 15): Chart.js draws every chart from its table under the Content-Security-Policy, the
/// tables stay one click away, axe passes with every table shown, and at 320 CSS pixels nothing scrolls sideways.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Viewing_the_dashboard(BrowserPortal portal)
{
    [SkippableTheory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task a_commissioner_sees_every_chart_drawn_and_its_table_and_filters_by_organisation(int width)
    {
        await using var journey = await portal.StartJourneyAsync($"dashboard-{width}", width);
        var page = journey.Page;
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                refused.Add(message.Text);
            }
        };
        await journey.GoToAsync("/account/sign-in", "sign-in");
        await journey.SignInAsync("commissioner@example.org");

        await journey.GoToAsync("/dashboard", "dashboard");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
        var tables = await page.Locator("table[data-app-chart]").CountAsync();
        Assert.True(tables >= 6, $"{tables} charts' tables");
        await Expect(page.Locator(".app-chart__canvas:not([hidden]) canvas")).ToHaveCountAsync(tables);
        await Expect(page.Locator("details[data-app-chart-details][open]")).ToHaveCountAsync(0);
        Assert.Empty(refused);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"the dashboard scrolls sideways at {width} CSS pixels");

        // Every chart's table, shown, passes axe too.
        await page.EvaluateAsync("() => document.querySelectorAll('details[data-app-chart-details]').forEach(d => d.open = true)");
        await journey.ArrivedAsync("dashboard-tables-open");
        await Expect(page.Locator("#chart-spend-by-funder-table")).ToBeVisibleAsync();

        await page.Locator("#Filter_Organisation").SelectOptionAsync("nhs");
        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }), "dashboard-nhs");
        Assert.Contains("organisation=nhs", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("#showing")).ToContainTextAsync("NHS (ICB Leeds place, formerly CCG)");
        await Expect(page.Locator("#chart-spend-by-organisation-table tbody tr")).ToHaveCountAsync(1);
    }

    [SkippableFact]
    public async Task a_provider_user_opens_their_own_dashboard_from_the_menu()
    {
        await using var journey = await portal.StartJourneyAsync("provider-dashboard");
        var page = journey.Page;
        await journey.GoToAsync("/account/sign-in", "sign-in");
        await journey.SignInAsync("small.provider@example.org");

        await journey.FollowAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Your dashboard" }), "your-dashboard");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Your dashboard");
        await Expect(page.Locator("#your-contracts tbody tr")).Not.ToHaveCountAsync(0);
    }
}
