using System.Net;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decommissioning;
using LeedsCommissioning.Web.Tests.Contracts;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Decommissioning;

/// <summary>
/// Issue 14: a contract is decommissioned only through a case for change (domain.md section 5), whose decision is approved
/// by a decision maker and which lacks nothing; the page says what is missing; short Compact notice needs a reason.
/// </summary>
public sealed class Decommissioning_a_contract(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task a_commissioner_prepares_the_case_a_director_approves_it_and_the_contract_is_decommissioned()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var contractId = await ContractTestData.IdOfAsync(factory, CaseSteps.DayOpportunities);
        var start = (await commissioner.GetDocumentAsync($"/contracts/{contractId}")).GetElementById("start-decommissioning")!.GetAttribute("href");
        Assert.Equal($"/decommissioning/new?contractId={contractId}", start);

        var caseId = await CaseSteps.StartAsync(commissioner, contractId);
        await CaseSteps.CompleteAsync(commissioner, caseId);

        // The four third-sector organisations are told on 20 November, after 30 September: the notice is short, and the case says so.
        await CaseSteps.GiveNoticeAsync(commissioner, factory, caseId, reason: null);
        var casePage = await commissioner.GetDocumentAsync($"/decommissioning/{caseId}");
        Assert.Equal(4, casePage.QuerySelectorAll(".app-compact-short").Length);
        Assert.Contains("Pyramid of Arts gets less than six months' notice: say why (the Compact for Leeds)",
            casePage.QuerySelectorAll("#missing li").Select(li => li.TextContent.Trim()));
        await CaseSteps.GiveNoticeAsync(commissioner, factory, caseId, reason: "The hubs open in April; the council's budget was set in November");
        var signOff = await commissioner.GetDocumentAsync($"/decommissioning/{caseId}/sign-off");
        Assert.Equal("The contract is funded by the NHS and the council, so it needs both routes.", signOff.QuerySelector("h1 + p")!.TextContent.Trim());
        await CaseSteps.JointSignOffAsync(commissioner, caseId);

        var check = await commissioner.GetDocumentAsync($"/decommissioning/{caseId}/check-answers");
        Assert.Empty(check.ErrorSummary());
        var submitted = await commissioner.PostFormAsync($"/decommissioning/{caseId}/check-answers", $"/decommissioning/{caseId}/check-answers", []);
        Assert.Equal($"/decommissioning/{caseId}/submit/confirmation", submitted.Headers.Location?.OriginalString);
        Assert.Equal("Case submitted for a decision", (await commissioner.GetDocumentAsync($"/decommissioning/{caseId}/submit/confirmation")).Heading());

        var director = await PortalClient.SignedInAsync(factory, "director@example.org");
        var decidePage = await director.GetDocumentAsync($"/decommissioning/{caseId}/decide");
        Assert.Contains("The hubs open in April", decidePage.QuerySelector(".govuk-summary-list")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var decided = await director.PostFormAsync($"/decommissioning/{caseId}/decide", $"/decommissioning/{caseId}/decide", new()
        {
            ["Outcome"] = "approve", ["Reasons"] = "The hubs offer the same support closer to home",
        });
        Assert.Equal($"/decommissioning/{caseId}/decide/confirmation", decided.Headers.Location?.OriginalString);

        var link = (await commissioner.GetDocumentAsync($"/decommissioning/{caseId}")).GetElementById("decommission")!.GetAttribute("href");
        Assert.Equal($"/decommissioning/{caseId}/decommission", link);
        Assert.Equal(ContractStatus.Live, await StatusAsync(contractId));
        var done = await commissioner.PostFormAsync(link!, link!, new() { ["Reason"] = "Decommissioned as the Director approved" });

        Assert.Equal($"/decommissioning/{caseId}", done.Headers.Location?.OriginalString);
        Assert.Equal(ContractStatus.Decommissioned, await StatusAsync(contractId));
        Assert.Equal(DecommissioningStatus.Completed, await factory.WithDbAsync(db => db.DecommissioningCases.Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync()));
        var history = (await commissioner.GetDocumentAsync($"/contracts/{contractId}/history")).QuerySelector("#history .app-history__entry")!.TextContent;
        Assert.Contains("Contract decommissioned", history, StringComparison.Ordinal);
        var notice = await commissioner.GetDocumentAsync($"/contracts/{contractId}/uk11-notice");
        Assert.Empty(notice.QuerySelectorAll("[data-notice-missing]"));
        Assert.Contains("Decommissioned: Decommissioned as the Director approved", notice.QuerySelector("textarea")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_incomplete_case_cannot_be_submitted_and_the_check_page_says_what_is_missing()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var caseId = await CaseSteps.StartAsync(commissioner, await ContractTestData.IdOfAsync(factory, "LCC-AH-2025-004"));

        var page = await commissioner.GetDocumentAsync($"/decommissioning/{caseId}/check-answers");
        var version = await factory.WithDbAsync(db => db.DecommissioningCases.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync());
        var response = await commissioner.PostFormAsync($"/decommissioning/{caseId}/check-answers", $"/decommissioning/{caseId}/check-answers",
            new() { ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var after = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Describe the case for change: its kind, reason, evidence and date", page.ErrorSummary());
        Assert.Contains("Record the equality impact assessment (EIA) screening", after.ErrorSummary());
        Assert.Empty(page.QuerySelectorAll("form[action$='/check-answers']"));
        Assert.Equal(DecommissioningStatus.Draft, await factory.WithDbAsync(db => db.DecommissioningCases.Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task a_section_with_mistakes_shows_every_problem_and_keeps_what_was_typed()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var caseId = await CaseSteps.StartAsync(commissioner, await ContractTestData.IdOfAsync(factory, "LCC-AH-2025-017"));
        var url = $"/decommissioning/{caseId}/case-for-change";

        var response = await commissioner.PostFormAsync(url, url, new()
        {
            ["Kind"] = nameof(CaseForChangeKind.ReductionInValue),
            ["Reason"] = "Budget reduction agreed in the medium-term plan",
            ["EndOrReductionDate.Day"] = "31", ["EndOrReductionDate.Month"] = "2", ["EndOrReductionDate.Year"] = "2027",
            ["NewAnnualValue"] = "12.345",
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            ["Enter the tangible evidence the proposal is based on",
             "The date the service ends or the reduction takes effect must be a real date, like 20 11 2026",
             "The new annual value must be in pounds and pence, with no more than 2 decimal places"],
            page.ErrorSummary().Order().ToList());
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal("Budget reduction agreed in the medium-term plan", page.GetElementById("Reason")!.TextContent);
        Assert.Equal("31", page.Value("EndOrReductionDate_Day"));
        Assert.Null(await factory.WithDbAsync(db => db.DecommissioningCases.Where(c => c.Id == caseId).Select(c => c.Reason).SingleAsync()));
    }

    [Fact]
    public async Task a_contract_with_a_case_under_way_cannot_start_another()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "ccg@example.org");
        var demo = await ContractTestData.IdOfAsync(factory, "NHS-LEEDS-2024-002");

        var response = await commissioner.PostFormAsync("/decommissioning/new", "/decommissioning/new", new() { ["ContractId"] = demo.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(["This contract already has a decommissioning case: open it from the list"], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task the_demo_case_shows_its_partners_short_notice_and_its_overdue_exit_task()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "ccg@example.org");
        var caseId = await factory.WithDbAsync(db => db.DecommissioningCases.Select(c => c.Id).SingleAsync());

        var page = await commissioner.GetDocumentAsync($"/decommissioning/{caseId}");

        Assert.Contains(page.QuerySelectorAll(".app-compact-short"), w => w.TextContent.Contains(
            "Notice to Age UK Leeds (partner) is short: the Compact for Leeds asks for six months, so it was due by 30 September 2026 and was given on 20 November 2026.",
            StringComparison.Ordinal));
        Assert.Equal(["Records and data: Tom Bennett, due 20 November 2026"], page.QuerySelectorAll("#overdue-tasks li").Select(li => li.TextContent.Trim()));
        Assert.Equal("In progress", page.QuerySelector("h1 + p .govuk-tag")!.TextContent.Trim());
    }

    [Fact]
    public async Task providers_never_see_cases_and_decision_makers_cannot_change_them()
    {
        var caseId = await factory.WithDbAsync(db => db.DecommissioningCases.Select(c => c.Id).SingleAsync());
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");

        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Http.GetAsync("/decommissioning")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Http.GetAsync($"/decommissioning/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await director.Http.GetAsync($"/decommissioning/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await director.Http.GetAsync($"/decommissioning/{caseId}/case-for-change")).StatusCode);
    }

    private Task<ContractStatus> StatusAsync(int id) => factory.WithDbAsync(db => db.Contracts.Where(c => c.Id == id).Select(c => c.Status).SingleAsync());
}
