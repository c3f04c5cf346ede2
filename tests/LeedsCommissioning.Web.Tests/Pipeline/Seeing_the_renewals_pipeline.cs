using System.Net;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Pipeline;

public sealed class Seeing_the_renewals_pipeline(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task a_contract_ending_in_eight_months_is_listed_under_its_quarter_with_its_decision_due_date()
    {
        // 26 November 2026 + 8 months: 26 July 2027, in the financial year's second quarter.
        var end = new DateOnly(2027, 7, 26);
        await PipelineTestData.ContractAsync(factory, "PIPE-8M-NHS", end, PipelineTestData.NhsTrust, "Eight Months",
            PipelineTestData.Recommission(RenewalRoute.Framework));
        await PipelineTestData.ContractAsync(factory, "PIPE-8M-CHARITY", end, PipelineTestData.Charity, "Eight Months",
            PipelineTestData.Recommission(RenewalRoute.Framework));
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var page = await commissioner.GetDocumentAsync("/pipeline?commissioner=Eight%20Months");

        var quarter = page.QuerySelector("table[data-quarter='July to September 2027']")!;
        Assert.Equal("July to September 2027", page.GetElementById("q-2027-07")!.TextContent.Trim());
        // A framework call-off takes 4 months; a charity on the contract adds the Compact's 6 months' notice.
        Assert.StartsWith("26 March 2027", quarter.QuerySelector("tr[data-contract='PIPE-8M-NHS'] [data-due]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("26 September 2026", quarter.QuerySelector("tr[data-contract='PIPE-8M-CHARITY'] [data-due]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("26 July 2027", quarter.QuerySelector("tr[data-contract='PIPE-8M-NHS'] [data-end]")!.TextContent.Trim());
        Assert.Contains("Recommission", quarter.QuerySelector("tr[data-contract='PIPE-8M-NHS'] [data-intention]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Third sector", quarter.QuerySelector("tr[data-contract='PIPE-8M-CHARITY']")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.GetElementById("overdue-summary"));
    }

    [Fact]
    public async Task an_undecided_decision_past_its_due_date_is_tagged_overdue_and_listed_first()
    {
        // No plan: an open tender (9 months) plus the Compact's 6 months before 26 July 2027 is 26 April 2026, already past.
        await PipelineTestData.ContractAsync(factory, "PIPE-OVERDUE", new DateOnly(2027, 7, 26), PipelineTestData.Charity, "Overdue Owner");
        await PipelineTestData.ContractAsync(factory, "PIPE-ON-TIME", new DateOnly(2027, 6, 30), PipelineTestData.NhsTrust, "Overdue Owner",
            PipelineTestData.Recommission(RenewalRoute.Framework));
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var page = await commissioner.GetDocumentAsync("/pipeline?commissioner=Overdue%20Owner");

        Assert.EndsWith("1 decision overdue", page.QuerySelector("#overdue-summary strong")!.TextContent.Trim(), StringComparison.Ordinal);
        var overdue = Assert.Single(page.QuerySelectorAll("#overdue-list li"));
        Assert.Contains("PIPE-OVERDUE", overdue.TextContent, StringComparison.Ordinal);
        Assert.Contains("was due 26 April 2026", overdue.TextContent, StringComparison.Ordinal);
        Assert.Equal("Overdue", page.QuerySelector("tr[data-contract='PIPE-OVERDUE'] .govuk-tag--red")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("tr[data-contract='PIPE-ON-TIME'] .govuk-tag--red"));
        // The summary comes before the quarters.
        Assert.True(page.GetElementById("overdue-summary")!.CompareDocumentPosition(page.QuerySelector("table[data-quarter]")!)
            .HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public async Task a_pending_extension_past_its_decide_by_date_is_overdue_with_that_date()
    {
        // Demo data: Home from hospital's optional extension was to be decided two weeks before the seeding day.
        var commissioner = await PortalClient.SignedInAsync(factory, "ccg@example.org");

        var page = await commissioner.GetDocumentAsync("/pipeline?commissioner=Tom%20Bennett");

        var row = page.QuerySelector("tr[data-contract='NHS-LEEDS-2024-002']")!;
        Assert.StartsWith("12 November 2026", row.QuerySelector("[data-due]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Extension 1 decision", row.QuerySelector("[data-due]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("#overdue-list li"), li => li.TextContent.Contains("NHS-LEEDS-2024-002", StringComparison.Ordinal)
            && li.TextContent.Contains("extension 1 decision was due 12 November 2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task each_filter_lists_exactly_the_running_contracts_ending_or_deciding_within_24_months_that_match_it()
    {
        var nhs = await PipelineTestData.OrganisationIdAsync(factory, "NHS-LEEDS");
        var today = PipelineTestData.Today;
        var horizon = today.AddMonths(24);
        // Written out, not read from the query: still running, and ending in the window or with a pending extension to decide in it.
        var all = await factory.WithDbAsync(db => db.Contracts.AsNoTracking().Include(c => c.Extensions).ToListAsync());
        var inPipeline = all.Where(c => c.Status is not (ContractStatus.Ended or ContractStatus.Decommissioned)
            && ((c.CurrentEndDate >= today && c.CurrentEndDate <= horizon)
                || c.Extensions.Any(e => e.Status == ExtensionStatus.Pending && e.DecideBy <= horizon))).ToList();
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var byOrganisation = PipelineTestData.References(await commissioner.GetDocumentAsync($"/pipeline?organisation={nhs}"));
        var byArea = PipelineTestData.References(await commissioner.GetDocumentAsync("/pipeline?serviceArea=SupportToLiveIndependently"));
        var byCommissioner = PipelineTestData.References(await commissioner.GetDocumentAsync("/pipeline?commissioner=Priya%20Shah"));

        Assert.Equal(inPipeline.Where(c => c.CommissioningOrganisationId == nhs).Select(c => c.Reference).Order(), byOrganisation.Order());
        Assert.Equal(inPipeline.Where(c => c.ServiceArea == ServiceArea.SupportToLiveIndependently).Select(c => c.Reference).Order(), byArea.Order());
        Assert.Equal(inPipeline.Where(c => c.ResponsibleCommissionerName == "Priya Shah").Select(c => c.Reference).Order(), byCommissioner.Order());
        Assert.NotEmpty(byOrganisation);
        Assert.NotEmpty(byArea);
        Assert.Contains("LCC-AH-2019-014", byCommissioner);
        Assert.DoesNotContain(byOrganisation, r => r.StartsWith("LCC-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_provider_user_is_refused()
    {
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");

        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Http.GetAsync("/pipeline")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Http.GetAsync("/pipeline/export.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Http.GetAsync("/pipeline/uk1-notice")).StatusCode);
    }

    [Fact]
    public async Task staff_who_may_see_it_have_it_in_the_navigation_and_providers_do_not()
    {
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");

        Assert.Contains("Contracts", (await director.GetDocumentAsync("/")).ServiceNavigation());
        Assert.Contains("Pipeline", (await director.GetDocumentAsync("/contracts")).SectionNavigation());
        Assert.DoesNotContain("Pipeline", (await provider.GetDocumentAsync("/")).ServiceNavigation());
    }
}
