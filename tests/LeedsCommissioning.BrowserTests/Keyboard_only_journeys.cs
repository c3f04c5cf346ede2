using LeedsCommissioning.BrowserTests.Infrastructure;
using LeedsCommissioning.Web.Tests.Opportunities;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeedsCommissioning.BrowserTests;

/// <summary>
/// The main task of each role done with the keyboard alone (<see cref="KeyboardOnly"/>: Tab, Shift+Tab, typing,
/// arrow keys and Space in radios, type-ahead in a select, Enter; no mouse, no click): a commissioner changes a
/// contract's value, a procurement officer publishes an approved opportunity, a provider saves a draft bid and
/// sends it, a director approves a waiver. Every control on the way is reached by Tab, shows a visible focus
/// indicator and lets focus move on (no trap); axe checks every page the journey arrives on. Each journey has a
/// portal of its own, so what it changes does not meet the other browser tests' records.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Keyboard_only_journeys(BrowserPortal portal)
{
    [SkippableFact]
    public async Task a_commissioner_changes_a_contracts_value_with_the_keyboard_alone()
    {
        await using var server = BrowserPortal.StartPrivatePortal();
        await using var journey = await portal.StartJourneyAsync("keyboard-commissioner", portal: server.KestrelAddress);
        var keys = new KeyboardOnly(journey);
        var page = journey.Page;
        await keys.SignInAsync("commissioner@example.org");
        await journey.GoToAsync("/contracts?search=LCC-AH-2025-004", "contracts-search");
        await keys.PressAsync(page.Locator("#register tbody tr").First.GetByRole(AriaRole.Link), "contract-overview");
        await keys.PressAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Contract pages" }).GetByRole(AriaRole.Link, new() { Name = "Value and funding" }), "contract-funding");
        await keys.PressAsync(page.Locator("#value-card-change"), "change-value");

        await keys.TypeAsync(page.GetByLabel("New annual value"), "1,250,000");
        await keys.TypeAsync(page.Locator("#Funding_0__AnnualAmount"), "1250000");
        await keys.TypeAsync(page.Locator("#EffectiveDate_Day"), "1");
        await keys.TypeAsync(page.Locator("#EffectiveDate_Month"), "4");
        await keys.TypeAsync(page.Locator("#EffectiveDate_Year"), "2027");
        await keys.TypeAsync(page.GetByLabel("Why is the change being made?"), "Advocacy for people leaving hospital added from April 2027");
        await keys.PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save the change" }), "contract-funding-changed");

        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Annual value changed from £1,150,000 to £1,250,000, from 1 April 2027");
        Assert.NotEmpty(keys.Left);
    }

    [SkippableFact]
    public async Task a_procurement_officer_publishes_an_opportunity_with_the_keyboard_alone()
    {
        await using var server = BrowserPortal.StartPrivatePortal();
        var id = await Demo.ApprovedAsync(server, "Respite breaks, keyboard");
        await using var journey = await portal.StartJourneyAsync("keyboard-officer", portal: server.KestrelAddress);
        var keys = new KeyboardOnly(journey);
        var page = journey.Page;
        await keys.SignInAsync("procurement@example.org");
        await journey.GoToAsync($"/procurement/opportunities/{id}", "opportunity-approved");
        await keys.PressAsync(page.Locator($"main a[href='/procurement/opportunities/{id}/publish']"), "opportunity-publish-confirm");
        var why = page.GetByLabel("Why are you publishing it before its planned date?");
        if (await why.CountAsync() > 0)
        {
            await keys.TypeAsync(why, "The carers' forum meets this week and wants to share it there.");
        }

        await keys.PressAsync(page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Publish now" }), "opportunity-published");
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("published");
    }

    [SkippableFact]
    public async Task a_provider_saves_a_draft_bid_and_sends_it_with_the_keyboard_alone()
    {
        await using var server = BrowserPortal.StartPrivatePortal();
        var (id, lotId, _) = await Demo.FindAsync(server, Demo.OpenTitle);
        await using var journey = await portal.StartJourneyAsync("keyboard-provider", portal: server.KestrelAddress);
        var keys = new KeyboardOnly(journey);
        var page = journey.Page;
        await keys.SignInAsync("small.provider@example.org");
        await journey.GoToAsync($"/opportunities/{id}", "opportunity");
        var register = page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Register interest" });
        if (await register.CountAsync() > 0)
        {
            await keys.PressAsync(register, "opportunity-interest");
        }

        await keys.PressAsync(page.Locator($"main a[href$='/lots/{lotId}/bid']").First, "bid");
        var bid = Demo.CompleteBid("We reach people through the mosques, churches and community centres they already use.");
        var fields = bid.Keys.Where(k => k != "Command").ToList();
        foreach (var field in fields.Take(fields.Count / 2))
        {
            await keys.TypeAsync(page.Locator($"[name='{field}']"), bid[field]);
        }

        await keys.PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }), "bid-draft");
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your draft bid has been saved");
        foreach (var field in fields.Skip(fields.Count / 2))
        {
            await keys.TypeAsync(page.Locator($"[name='{field}']"), bid[field]);
        }

        await keys.PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Check and send your bid" }), "bid-check-answers");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Check your bid before you send it");
        await keys.PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Accept and send" }), "bid-confirmation");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Bid submitted");
    }

    [SkippableFact]
    public async Task a_director_approves_a_waiver_with_the_keyboard_alone()
    {
        const string subject = "Dementia peer support pilot in east Leeds";
        await using var server = BrowserPortal.StartPrivatePortal();
        await using var journey = await portal.StartJourneyAsync("keyboard-director", portal: server.KestrelAddress);
        var keys = new KeyboardOnly(journey);
        var page = journey.Page;
        await keys.SignInAsync("director@example.org");
        await journey.GoToAsync("/waivers?status=Submitted", "waivers-submitted");
        await keys.PressAsync(page.GetByRole(AriaRole.Link, new() { Name = subject }), "waiver-submitted");
        await keys.PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Approve or refuse" }), "waiver-decide");

        await keys.ChooseAsync(page.GetByLabel("Approve the waiver"));
        await keys.TypeAsync(page.Locator("[name=Reasons]"),
            "Leeds Older People's Forum is the only organisation running dementia peer support in east Leeds; competition is not practicable for an 18-month pilot.");
        var noContract = page.Locator("[name=CreateContract][value=false]");
        if (await noContract.CountAsync() > 0)
        {
            await keys.ChooseAsync(noContract);
        }

        await keys.PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }), "waiver-approved");
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Waiver approved");
    }
}
