using LeedsCommissioning.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeedsCommissioning.BrowserTests.Contracts;

/// <summary>
/// The register's provider filter (docs/patterns.md, "A filter that scales"): with JavaScript, GOV.UK's accessible
/// autocomplete suggests providers' names, at a desk and on a phone, with axe on every page. Without JavaScript the
/// server matches what was typed: Web.Tests/Contracts/Filtering_the_register_by_provider.cs.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Filtering_the_register_by_provider(BrowserPortal portal)
{
    [SkippableTheory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task with_javascript_the_box_suggests_names_and_the_chosen_one_filters(int width)
    {
        await using var journey = await portal.StartJourneyAsync($"register-js-{width}", width);
        var page = journey.Page;
        await journey.GoToAsync("/account/sign-in", "sign-in");
        await journey.SignInAsync("commissioner@example.org");
        await journey.GoToAsync("/contracts", "register");

        await page.Locator("#ProviderName").PressSequentiallyAsync("wellbeing");
        var suggestion = page.GetByRole(AriaRole.Option, new() { Name = "Chapeltown Wellbeing Collective" });
        await Expect(suggestion).ToBeVisibleAsync();
        await journey.ArrivedAsync("register-provider-suggestions");
        await suggestion.ClickAsync();
        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }), "register-by-provider");

        await Expect(page.Locator("#ProviderName")).ToHaveValueAsync("Chapeltown Wellbeing Collective");
        await Expect(page.Locator("#register tbody tr")).Not.ToHaveCountAsync(0);
    }
}
