using LeedsCommissioning.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeedsCommissioning.BrowserTests;

/// <summary>The providers directory as a commissioner and as a provider user, with axe on every page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class Browsing_providers(BrowserPortal portal)
{
    [SkippableFact]
    public async Task a_commissioner_filters_the_directory_opens_a_provider_and_meets_the_forms_errors()
    {
        await using var journey = await portal.StartJourneyAsync("commissioner");
        var page = journey.Page;
        await journey.GoToAsync("/account/sign-in", "sign-in");
        await journey.SignInAsync("commissioner@example.org");

        await journey.GoToAsync("/providers", "providers");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Providers");
        await page.Locator("#size").SelectOptionAsync("Small");
        await page.Locator("#leedsBased").SelectOptionAsync("yes");
        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }), "providers-filtered");
        var provider = page.GetByRole(AriaRole.Link, new() { Name = "Chapeltown Wellbeing Collective" });
        await Expect(provider).ToBeVisibleAsync();

        await journey.FollowAsync(provider, "provider");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Chapeltown Wellbeing Collective");
        await Expect(page.Locator("#contracts tbody tr")).Not.ToHaveCountAsync(0);

        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Change provider details" }), "provider-edit");
        await page.Locator("#AnnualIncome").FillAsync("-1");
        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }), "provider-edit-errors");
        await Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
    }

    [SkippableFact]
    public async Task a_provider_user_opens_their_organisation_and_its_profile_form()
    {
        await using var journey = await portal.StartJourneyAsync("provider");
        var page = journey.Page;
        await journey.GoToAsync("/account/sign-in", "sign-in");
        await journey.SignInAsync("small.provider@example.org");

        await journey.FollowAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Our organisation" }), "our-organisation");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Chapeltown Wellbeing Collective");

        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Change your contact details and description" }), "our-organisation-profile");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Change your contact details and description");
    }
}
