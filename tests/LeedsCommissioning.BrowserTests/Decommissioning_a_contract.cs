using LeedsCommissioning.BrowserTests.Infrastructure;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeedsCommissioning.BrowserTests;

/// <summary>
/// Issue 14's journey: a commissioner opens a contract that ends in eight months, led by a charity, starts decommissioning
/// it (the service is to stop early, on 31 March 2027), is warned that the Compact's notice is now short, records when
/// and how the charity was told and why it is short, completes the checklist and the rest of the case and submits it; the
/// director approves it; the commissioner decommissions the contract. On a portal of its own, because it changes a
/// contract's status. Every page is checked with axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Decommissioning_a_contract(BrowserPortal portal)
{
    private const string Title = "Peer support for carers";

    [SkippableFact]
    public async Task the_commissioner_prepares_the_case_with_short_notice_the_director_approves_and_the_contract_is_decommissioned()
    {
        await using var server = BrowserPortal.StartPrivatePortal();
        var address = server.KestrelAddress!;
        var contractId = await ArrangeAsync(server);
        int caseId;

        await using (var commissioner = await SignedInAsync("decommissioning-commissioner", "commissioner@example.org", address))
        {
            var page = commissioner.Page;
            await commissioner.GoToAsync($"/contracts/{contractId}", "decommissioning-contract");
            await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Start decommissioning" }), "decommissioning-new");
            await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Start the case" }), "decommissioning-case");
            await Expect(page.Locator("h1")).ToHaveTextAsync($"LCC-AH-2024-088: {Title}");
            caseId = int.Parse(page.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

            await SectionAsync(commissioner, "Case for change", async () =>
            {
                await page.Locator("input[name=Kind][value=Decommissioning]").CheckAsync();
                await page.Locator("[name=Reason]").FillAsync("Peer support moves into the carers' hubs from April 2027.");
                await page.Locator("[name=Evidence]").FillAsync("Two thirds of the carers supported already use a hub.");
                await DateAsync(page, "EndOrReductionDate", "31", "3", "2027");
            });

            // The service stops on 31 March 2027: six months before was 30 September 2026, so notice is already short.
            await Expect(page.Locator(".app-compact-short")).ToContainTextAsync(
                "Notice to Leeds Mind (lead) is short: the Compact for Leeds asks for six months, so it was due by 30 September 2026 and has not been given yet.");

            await SectionAsync(commissioner, "Impact on service users", async () =>
            {
                await page.Locator("[name=ServiceUsersAffected]").FillAsync("48");
                await page.Locator("[name=GroupsAffected]").FillAsync("Carers of adults with mental health needs");
                await page.Locator("[name=TransitionPlan]").FillAsync("Each carer is introduced to their hub's peer group before April.");
            });
            await SectionAsync(commissioner, "Stakeholder dimensions checklist", async () =>
            {
                for (var i = 0; i < 8; i++)
                {
                    await page.Locator($"input[name='Stakeholders[{i}].Consulted'][value=true]").CheckAsync();
                    await DateAsync(page, $"Stakeholders[{i}].ConsultedOn", "1", "10", "2026");
                    await page.Locator($"[name='Stakeholders[{i}].WhatTheySaid']").FillAsync("Supportive if the hubs keep evening groups.");
                }
            });
            await SectionAsync(commissioner, "Commissioning dimensions assessment", () =>
                page.Locator("[name=DimensionsAssessment]").FillAsync("Low impact on outcomes; saving of £60,000 a year."));
            await SectionAsync(commissioner, "Principles and perspectives", async () =>
            {
                for (var i = 0; i < 10; i++)
                {
                    await page.Locator($"[name='Items[{i}].Evidence']").FillAsync("Carers' survey and hub attendance, October 2026.");
                }
            });

            await commissioner.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = "Provider engagement log" }), "decommissioning-engagement");
            await DateAsync(page, "On", "2", "10", "2026");
            await page.Locator("[name=Who]").FillAsync("Leeds Mind's service manager");
            await page.Locator("[name=WhatWasSaid]").FillAsync("Will help carers move to the hubs.");
            await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add to the log" }), "decommissioning-engagement-added");
            await commissioner.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = "Return to the case" }), "decommissioning-case");

            await SectionAsync(commissioner, "Exit plan", async () =>
            {
                for (var i = 0; i < 5; i++)
                {
                    await page.Locator($"[name='Tasks[{i}].OwnerName']").FillAsync("Priya Shah");
                    await DateAsync(page, $"Tasks[{i}].DueOn", "1", "3", "2027");
                }
            });

            // The Compact notice: told today, less than six months before the end; first without the reason, which the page asks for.
            await commissioner.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = "Compact notice to the third sector" }), "decommissioning-compact");
            await Expect(page.Locator(".govuk-warning-text")).ToContainTextAsync("Notice is now short: say why.");
            await DateAsync(page, "Notices[0].CompactGivenOn", "26", "11", "2026");
            await page.Locator("[name='Notices[0].CompactHow']").FillAsync("Meeting and letter from the head of commissioning");
            await page.Locator("[name='Notices[0].CompactShortNoticeReason']").FillAsync("The hubs' funding was confirmed only in November.");
            await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save and return to the case" }), "decommissioning-case");

            await SectionAsync(commissioner, "Sign-off", async () =>
            {
                await page.Locator("input[name=Route][value=DelegatedDecision]").CheckAsync();
                await page.Locator("input[name=Kind][value=SignificantOperationalDecision]").CheckAsync();
                await page.Locator("input[name=EiaScreeningDone][value=true]").CheckAsync();
                await page.Locator("input[name=ExecutiveMemberBriefed][value=true]").CheckAsync();
            });

            await Expect(page.Locator("main")).ToContainTextAsync("Nothing is missing.");
            await commissioner.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = "Check and submit for a decision" }), "decommissioning-check-answers");
            await Expect(page.Locator("main")).ToContainTextAsync("The hubs' funding was confirmed only in November.");
            await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Submit for a decision" }), "decommissioning-submitted");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Case submitted for a decision");
        }

        await using (var director = await SignedInAsync("decommissioning-director", "director@example.org", address))
        {
            var page = director.Page;
            await director.GoToAsync($"/decommissioning/{caseId}", "decommissioning-case-submitted");
            await director.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Decide" }), "decommissioning-decide");
            await page.Locator("input[name=Outcome][value=approve]").CheckAsync();
            await page.Locator("[name=Reasons]").FillAsync("The hubs give carers the same support closer to home.");
            await director.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }), "decommissioning-decided");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Case for change approved");
        }

        await using (var commissioner = await SignedInAsync("decommissioning-commissioner-ends", "commissioner@example.org", address))
        {
            var page = commissioner.Page;
            await commissioner.GoToAsync($"/decommissioning/{caseId}", "decommissioning-case-approved");
            await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Decommission the contract" }), "decommissioning-confirm");
            await page.Locator("[name=Reason]").FillAsync("Decommissioned as the Director of Adults and Health approved.");
            await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Decommission the contract" }), "decommissioning-completed");
            await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("LCC-AH-2024-088 is now decommissioned");
            await commissioner.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = "Prepare its contract termination notice (UK11)" }), "decommissioning-uk11");
            await Expect(page.Locator("h1")).ToHaveTextAsync("UK11 contract termination notice");
        }

        Assert.Equal(ContractStatus.Decommissioned, await server.WithDbAsync(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.Status).SingleAsync()));
    }

    /// <summary>Opens a section from the case's task list, fills it and saves it, back on the task list.</summary>
    private static async Task SectionAsync(Journey commissioner, string name, Func<Task> fill)
    {
        var page = commissioner.Page;
        var slug = "decommissioning-" + name.ToLowerInvariant().Replace(' ', '-').Replace("'", "", StringComparison.Ordinal);
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }), slug);
        await fill();
        await commissioner.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save and return to the case" }), "decommissioning-case");
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Saved");
    }

    private static async Task DateAsync(IPage page, string name, string day, string month, string year)
    {
        await page.Locator($"[name='{name}.Day']").FillAsync(day);
        await page.Locator($"[name='{name}.Month']").FillAsync(month);
        await page.Locator($"[name='{name}.Year']").FillAsync(year);
    }

    private async Task<Journey> SignedInAsync(string who, string email, Uri address)
    {
        var journey = await portal.StartJourneyAsync(who, portal: address);
        await journey.GoToAsync("/account/sign-in", "sign-in");
        await journey.SignInAsync(email);
        return journey;
    }

    /// <summary>A live council contract led by the charity Leeds Mind, ending on 31 July 2027: eight months after 26 November 2026.</summary>
    private static Task<int> ArrangeAsync(PortalServer server) => server.WithDbAsync(async db =>
    {
        var mind = await db.Providers.SingleAsync(p => p.Name == "Leeds Mind");
        var organisation = await db.CommissioningOrganisations.Where(o => o.Code == "LCC-AH").Select(o => o.Id).SingleAsync();
        var contract = new Contract("LCC-AH-2024-088", Title, ServiceArea.SupportInTheCommunity, organisation, AgreementType.Contract,
            PaymentMechanism.Block, ContractAwardRoute.OpenTender, new DateOnly(2024, 8, 1), new DateOnly(2027, 7, 31), 60_000m);
        contract.SetProviders([new ContractProviderLine(mind, ProviderRole.Lead)]);
        contract.SetFunding([FundingLine.FromOrganisation(organisation, FundingStream.LccBudget, 60_000m)]);
        foreach (var step in new[] { ContractStatus.Procuring, ContractStatus.Awarded, ContractStatus.Mobilising, ContractStatus.Live })
        {
            contract.Advance(step);
        }

        db.Contracts.Add(contract);
        await db.SaveChangesAsync();
        return contract.Id;
    });
}
