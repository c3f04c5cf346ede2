using System.Net;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Web.Features.Monitoring;
using LeedsCommissioning.Web.Features.Reminders;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Monitoring;

/// <summary>Issue 15: a provider never sees another provider's returns; late returns are reminded and listed as work.</summary>
public sealed class Who_sees_which_returns(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task a_provider_gets_404_for_another_providers_return_and_for_a_contract_it_only_subcontracts_on()
    {
        var theirs = await MonitoringTestData.AnotherProvidersReturnAsync(factory);
        var liveWell = await MonitoringTestData.LateReturnAsync(factory);
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var subcontractor = await PortalClient.SignedInAsync(factory, "small.provider@example.org");

        Assert.Equal(HttpStatusCode.NotFound, (await provider.Http.GetAsync($"/monitoring/returns/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await provider.Http.GetAsync($"/monitoring/returns/{theirs}/check-answers")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await subcontractor.Http.GetAsync($"/monitoring/returns/{liveWell}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await provider.Http.GetAsync($"/monitoring/returns/{liveWell}")).StatusCode);
    }

    [Fact]
    public async Task a_provider_may_not_review_and_a_commissioner_may_not_submit()
    {
        var liveWell = await MonitoringTestData.LateReturnAsync(factory);
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Http.GetAsync($"/monitoring/returns/{liveWell}/review")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await commissioner.Http.GetAsync($"/monitoring/returns/{liveWell}/check-answers")).StatusCode);
    }

    [Fact]
    public async Task the_provider_lists_only_the_contracts_it_leads_and_staff_list_every_live_contract()
    {
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var delivering = await factory.WithDbAsync(db => db.Contracts.CountAsync(c => c.Status == Domain.Contracts.ContractStatus.Live
            || c.Status == Domain.Contracts.ContractStatus.InExtension || c.Status == Domain.Contracts.ContractStatus.Ending));

        var theirs = await provider.GetDocumentAsync("/monitoring");
        var all = await commissioner.GetDocumentAsync("/monitoring");

        var row = Assert.Single(theirs.QuerySelectorAll("#returns tbody tr"));
        Assert.Contains("Live Well Leeds", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Late", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(delivering, all.QuerySelectorAll("#returns tbody tr").Length);
        var late = await commissioner.GetDocumentAsync("/monitoring?status=late");
        Assert.All(late.QuerySelectorAll("#returns tbody tr"), r => Assert.Contains("Late", r.TextContent, StringComparison.Ordinal));
        Assert.NotEmpty(late.QuerySelectorAll("#returns tbody tr"));
    }

    [Fact]
    public async Task a_late_return_is_reminded_to_the_lead_providers_users_and_the_responsible_commissioner()
    {
        var id = await MonitoringTestData.LateReturnAsync(factory);
        var sam = (await TestUsers.FindAsync(factory, "provider@example.org")).Id;
        var commissioner = await factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == "LCC-AH-2019-014").Select(c => c.ResponsibleCommissionerId).SingleAsync());
        using var scope = factory.CreateScope();
        var source = scope.ServiceProvider.GetServices<IReminderSource>().OfType<MonitoringReturnReminders>().Single();

        var due = await source.DueAsync(MonitoringTestData.Today, null, CancellationToken.None);

        var forReturn = due.Where(r => r.Link == $"/monitoring/returns/{id}").ToList();
        Assert.Contains(new DueReminder(sam, ReminderKind.MonitoringReturnDue, $"monitoring-return-{id}-late-2026-10-30",
            "Quarterly return late: Live Well Leeds, Q2 2026/27", new DateOnly(2026, 10, 30), $"/monitoring/returns/{id}"), forReturn);
        Assert.NotNull(commissioner);
        Assert.Contains(forReturn, r => r.UserId == commissioner && r.Title == "Quarterly return late from the provider: Live Well Leeds, Q2 2026/27");
        // The current quarter's return is due on 30 January 2027: not yet reminded on 26 November, due soon from 16 January.
        Assert.DoesNotContain(due, r => r.Title.Contains("Q3 2026/27", StringComparison.Ordinal));
        var later = await source.DueAsync(new DateOnly(2027, 1, 16), null, CancellationToken.None);
        Assert.Contains(later, r => r.UserId == sam && r.Title == "Quarterly return due: Live Well Leeds, Q3 2026/27");
    }

    [Fact]
    public async Task the_home_page_work_lists_the_providers_returns_due_and_the_commissioners_returns_to_review()
    {
        var late = await MonitoringTestData.LateReturnAsync(factory);

        var providerWork = await MonitoringTestData.WorkAsync<ReturnsDueWork>(factory, "provider@example.org");
        var commissionerAsProvider = await MonitoringTestData.WorkAsync<ReturnsDueWork>(factory, "commissioner@example.org");
        var toReview = await MonitoringTestData.WorkAsync<ReturnsToReviewWork>(factory, "commissioner@example.org");
        var providerReviews = await MonitoringTestData.WorkAsync<ReturnsToReviewWork>(factory, "provider@example.org");

        var item = Assert.Single(providerWork!.Items);
        Assert.Equal(("Live Well Leeds: Q2 2026/27 return", $"/monitoring/returns/{late}", true, new DateOnly(2026, 10, 30)),
            (item.Title, item.Link, item.Overdue, item.DueOn));
        Assert.Null(commissionerAsProvider);
        Assert.Null(providerReviews);
        // Priya's: contracts she is responsible for, and her organisation's contracts that have no responsible commissioner.
        var priya = await TestUsers.FindAsync(factory, "commissioner@example.org");
        var awaiting = await factory.WithDbAsync(db => db.QuarterlyReturns.CountAsync(r => r.Status == ReturnStatus.Submitted
            && db.Contracts.Any(c => c.Id == r.ContractId && (c.ResponsibleCommissionerId == priya.Id
                || (c.ResponsibleCommissionerId == null && c.CommissioningOrganisationId == priya.CommissioningOrganisationId)))));
        Assert.True(awaiting > 0);
        Assert.Equal(awaiting, toReview!.Count);
        Assert.All(toReview.Items, i => Assert.EndsWith("/review", i.Link, StringComparison.Ordinal));
    }
}

/// <summary>Issue 15: the contract's monitoring tab shows each measure over the quarters, with the same data as a table, and the quarters' ratings.</summary>
public sealed class The_contracts_monitoring_tab(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task shows_each_measure_by_quarter_as_a_chart_over_its_table_and_the_late_quarter()
    {
        var contract = await MonitoringTestData.LiveWellLeedsAsync(factory);
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var page = await commissioner.GetDocumentAsync($"/contracts/{contract}/monitoring");

        var measures = await factory.WithDbAsync(db => db.MonitoringPlans.Where(p => p.ContractId == contract).SelectMany(p => p.Measures).CountAsync());
        Assert.Equal(measures, page.QuerySelectorAll("section.app-chart").Length);
        var firstChart = page.QuerySelector("section.app-chart")!;
        Assert.Equal(["Q3 2025/26", "Q4 2025/26", "Q1 2026/27"], firstChart.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()));
        var q2 = page.QuerySelectorAll("#monitoring-quarters tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Q2 2026/27");
        Assert.Contains("Draft, late", q2.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_subcontractors_user_is_told_the_lead_reports_and_sees_no_figures()
    {
        var contract = await MonitoringTestData.LiveWellLeedsAsync(factory);
        var subcontractor = await PortalClient.SignedInAsync(factory, "small.provider@example.org");

        var page = await subcontractor.GetDocumentAsync($"/contracts/{contract}/monitoring");

        Assert.Empty(page.QuerySelectorAll("section.app-chart"));
        Assert.Contains("The lead provider reports on this contract each quarter.", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
