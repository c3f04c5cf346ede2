using System.Text.RegularExpressions;
using LeedsCommissioning.BrowserTests.Infrastructure;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeedsCommissioning.BrowserTests;

/// <summary>
/// Issue 15, "Changes and performance during the contract", in one journey on Live Well Leeds: the commissioner opens the
/// contract's Performance page, rates an indicator for contract year 8 and records a variation worth £550,000 (at or above the
/// key-decision threshold); the director finds it on her home page and approves it; the commissioner sees the decision in
/// the contract's History and opens the UK9 and UK10 notices. On a portal of its own, because it changes the demo's
/// performance record. Every page is checked with axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Varying_a_contract(BrowserPortal portal)
{
    private const string LiveWellLeeds = "LCC-AH-2019-014";
    private const string Kpi = "People who say they feel less isolated";

    [SkippableFact]
    public async Task the_commissioner_rates_an_indicator_and_records_a_variation_the_director_approves_it_and_the_notices_follow()
    {
        await using var server = BrowserPortal.StartPrivatePortal();
        var address = server.KestrelAddress!;
        var contractId = await server.WithDbAsync(db => db.Contracts.Where(c => c.Reference == LiveWellLeeds).Select(c => c.Id).SingleAsync());
        await using var commissioner = await SignedInAsync("varying-commissioner", "commissioner@example.org", address);
        var staff = commissioner.Page;

        // The Performance page; rate the first indicator for contract year 8 (from 1 April 2026).
        await commissioner.GoToAsync($"/contracts/{contractId}/performance", "performance");
        await Expect(staff.Locator("#kpi-table tbody tr")).ToHaveCountAsync(3);
        await commissioner.FollowAsync(staff.GetByRole(AriaRole.Link, new() { Name = $"Rate {Kpi} for year 8", Exact = true }), "rate");
        await staff.GetByLabel("Approaching target", new() { Exact = true }).CheckAsync();
        await staff.Locator("[name='RatedOn.Day']").FillAsync("20");
        await staff.Locator("[name='RatedOn.Month']").FillAsync("11");
        await staff.Locator("[name='RatedOn.Year']").FillAsync("2026");
        await staff.Locator("[name=Note]").FillAsync("76% at the half year, against 80%.");
        await commissioner.FollowAsync(staff.GetByRole(AriaRole.Button, new() { Name = "Save the rating" }), "rated");
        await Expect(staff.Locator("#kpi-table tbody tr").First).ToContainTextAsync("76% at the half year, against 80%.");

        // A variation over the key-decision threshold.
        await commissioner.FollowAsync(staff.Locator("#record-variation"), "variation");
        await staff.Locator("[name=Description]").FillAsync("Adds a Saturday drop-in at the three hubs.");
        await staff.Locator("[name=ValueChange]").FillAsync("550,000");
        await staff.Locator("[name='EffectiveDate.Day']").FillAsync("1");
        await staff.Locator("[name='EffectiveDate.Month']").FillAsync("1");
        await staff.Locator("[name='EffectiveDate.Year']").FillAsync("2027");
        await staff.Locator("[name=Reason]").FillAsync("Asked for by people using the service at the autumn review.");
        await commissioner.FollowAsync(staff.GetByRole(AriaRole.Button, new() { Name = "Record the variation" }), "variation-recorded");
        await Expect(staff.Locator(".govuk-notification-banner")).ToContainTextAsync("Variation recorded: it waits for a decision maker's decision");
        var changeId = await server.WithDbAsync(db => db.ContractChanges
            .Where(c => c.ContractId == contractId && c.Kind == ContractChangeKind.Variation && c.ValueChange == 550_000m).Select(c => c.Id).SingleAsync());
        var row = staff.Locator("#changes tbody tr").Filter(new() { HasText = "Adds a Saturday drop-in" });
        await Expect(row).ToContainTextAsync("Awaiting decision");

        // The director approves it from her home page.
        await using (var director = await SignedInAsync("varying-director", "director@example.org", address))
        {
            var decide = $"/contracts/{contractId}/changes/{changeId}/decide";
            await director.FollowAsync(director.Page.Locator($"a[href='{decide}']"), "decide-variation");
            await Expect(director.Page.Locator("h1")).ToHaveTextAsync("Approve or refuse the variation");
            await director.Page.GetByLabel("Approve it", new() { Exact = true }).CheckAsync();
            await director.Page.Locator("[name=Reasons]").FillAsync("Within the service's budget for 2027.");
            await director.FollowAsync(director.Page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }), "variation-approved");
            await Expect(director.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Variation approved");
        }

        // The commissioner sees the decision in the contract's History, then the notices.
        await commissioner.GoToAsync($"/contracts/{contractId}/history", "history");
        await Expect(staff.Locator("#history")).ToContainTextAsync("Approved by Helen Carter on 26 November 2026");
        await commissioner.GoToAsync($"/contracts/{contractId}/performance", "performance-after");
        await commissioner.FollowAsync(staff.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^UK9 contract performance notice") }), "uk9-notice");
        await Expect(staff.Locator("h1")).ToHaveTextAsync("UK9 contract performance notice");
        await Expect(staff.Locator("#notice-text")).ToContainTextAsync($"{Kpi}: Approaching target (rated on 20 November 2026");
        await commissioner.GoToAsync($"/contracts/{contractId}/changes/{changeId}/uk10-notice", "uk10-notice");
        await Expect(staff.Locator("h1")).ToHaveTextAsync("UK10 contract change notice");
        await Expect(staff.Locator("#notice-text")).ToContainTextAsync("Decision: Approved by Helen Carter on 26 November 2026");

        var decision = await server.WithDbAsync(db => db.ContractChanges.Where(c => c.Id == changeId).Select(c => c.Decision!.Outcome).SingleAsync());
        Assert.Equal(DecisionOutcome.Approved, decision);
    }

    private async Task<Journey> SignedInAsync(string who, string email, Uri address)
    {
        var journey = await portal.StartJourneyAsync(who, portal: address);
        await journey.GoToAsync("/account/sign-in", "sign-in");
        await journey.SignInAsync(email);
        return journey;
    }
}
