using LeedsCommissioning.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeedsCommissioning.BrowserTests;

/// <summary>The administrator's user pages: list, invitation form (with and without errors) and a user's details.</summary>
[Collection(BrowserCollection.Name)]
public sealed class Managing_users(BrowserPortal portal)
{
    [SkippableFact]
    public async Task the_user_pages_are_accessible_including_the_form_with_errors()
    {
        await using var journey = await portal.StartJourneyAsync("administrator");
        var page = journey.Page;
        await journey.GoToAsync("/account/sign-in", "sign-in");
        await journey.SignInAsync("admin@example.org");

        await journey.GoToAsync("/admin/users", "users");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Manage users");
        await Expect(page.Locator("table tbody tr")).Not.ToHaveCountAsync(0);

        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Invite a user" }), "users-new");
        Assert.Equal(journey.Url("/admin/users/new"), page.Url);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Invite a user");

        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }), "users-new-errors");
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Link)).Not.ToHaveCountAsync(0);
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));

        await journey.GoToAsync("/admin/users", "users");
        var firstUser = page.Locator("table tbody tr").First.GetByRole(AriaRole.Link);
        var name = (await firstUser.InnerTextAsync()).Trim();
        await journey.FollowAsync(firstUser, "user-details");
        await Expect(page.Locator("h1")).ToContainTextAsync(name);
    }
}
