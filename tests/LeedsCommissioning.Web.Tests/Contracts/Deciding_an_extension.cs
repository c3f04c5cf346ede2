using System.Net;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Contracts;

public sealed class Deciding_an_extension(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task taking_an_extension_moves_the_end_date_and_records_who_did_it_in_the_history()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var (id, number, months, currentEnd) = await ContractTestData.WithPendingExtensionAsync(factory);
        var form = await commissioner.GetDocumentAsync($"/contracts/{id}/extensions/{number}/take");
        Assert.Equal("26", form.Value("DecidedOn_Day"));

        var response = await commissioner.PostFormAsync($"/contracts/{id}/extensions/{number}/take", $"/contracts/{id}/extensions/{number}/take", new()
        {
            ["Version"] = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
            ["DecidedOn.Day"] = "20", ["DecidedOn.Month"] = "11", ["DecidedOn.Year"] = "2026",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var contract = await factory.WithDbAsync(db => db.Contracts.AsNoTracking().Include(c => c.Extensions).SingleAsync(c => c.Id == id));
        Assert.Equal(Term.Extend(currentEnd, months), contract.CurrentEndDate);
        Assert.Equal(ExtensionStatus.Taken, contract.Extensions.Single(e => e.Number == number).Status);
        Assert.Equal(new DateOnly(2026, 11, 20), contract.Extensions.Single(e => e.Number == number).DecidedOn);
        var page = await commissioner.GetDocumentAsync($"/contracts/{id}/term");
        Assert.Contains("taken", page.SuccessBanner(), StringComparison.Ordinal);
        Assert.Equal(UkTime.Date(contract.CurrentEndDate), page.GetElementById("current-end-date")!.TextContent.Trim());
        var latest = (await commissioner.GetDocumentAsync($"/contracts/{id}/history")).QuerySelectorAll("#history .app-history__entry").Select(e => e.TextContent).ToList();
        Assert.Contains(latest, e => e.Contains("Extension changed", StringComparison.Ordinal)
            && e.Contains("By Priya Shah on 26 November 2026 at 10:00am", StringComparison.Ordinal)
            && e.Contains("Pending", StringComparison.Ordinal) && e.Contains("Taken", StringComparison.Ordinal));
        Assert.Contains(latest, e => e.Contains("Contract changed", StringComparison.Ordinal)
            && e.Contains("Current end date", StringComparison.Ordinal) && e.Contains(UkTime.Date(contract.CurrentEndDate), StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_missing_or_future_decision_date_is_refused_with_a_message_and_keeps_what_was_typed()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var (id, number, _, currentEnd) = await ContractTestData.WithPendingExtensionAsync(factory);
        var url = $"/contracts/{id}/extensions/{number}/decline";

        var blank = await commissioner.PostFormAsync(url, url, new() { ["Version"] = "0", ["DecidedOn.Day"] = "", ["DecidedOn.Month"] = "", ["DecidedOn.Year"] = "" });
        var future = await commissioner.PostFormAsync(url, url, new() { ["Version"] = "0", ["DecidedOn.Day"] = "1", ["DecidedOn.Month"] = "1", ["DecidedOn.Year"] = "2030" });

        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Equal(["Enter the date of the decision"], (await PortalClient.ParseAsync(blank)).ErrorSummary());
        var futurePage = await PortalClient.ParseAsync(future);
        Assert.Equal(["Date of the decision must be today or in the past"], futurePage.ErrorSummary());
        Assert.Equal("2030", futurePage.Value("DecidedOn_Year"));
        Assert.Equal(currentEnd, await factory.WithDbAsync(db => db.Contracts.Where(c => c.Id == id).Select(c => c.CurrentEndDate).SingleAsync()));
    }

    [Fact]
    public async Task a_decision_on_a_stale_page_is_refused_and_nothing_changes()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var (id, number, _, currentEnd) = await ContractTestData.WithPendingExtensionAsync(factory);
        var url = $"/contracts/{id}/extensions/{number}/take";
        var version = await factory.WithDbAsync(db => db.Contracts.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());

        var response = await commissioner.PostFormAsync(url, url, new()
        {
            ["Version"] = (version - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DecidedOn.Day"] = "26", ["DecidedOn.Month"] = "11", ["DecidedOn.Year"] = "2026",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(" changed this contract on 26 November 2026", (await PortalClient.ParseAsync(response)).ErrorSummary().Single(), StringComparison.Ordinal);
        Assert.EndsWith("Nothing has been changed: check their changes, then try again.",
            (await PortalClient.ParseAsync(response)).ErrorSummary().Single(), StringComparison.Ordinal);
        Assert.Equal(currentEnd, await factory.WithDbAsync(db => db.Contracts.Where(c => c.Id == id).Select(c => c.CurrentEndDate).SingleAsync()));
    }

    [Fact]
    public async Task an_extension_that_does_not_exist_is_not_found()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractTestData.IdOfAsync(factory, ContractTestData.LiveWellLeeds);

        Assert.Equal(HttpStatusCode.NotFound, (await commissioner.Http.GetAsync($"/contracts/{id}/extensions/99/take")).StatusCode);
    }
}

public sealed class Changing_a_contracts_status(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task the_summary_offers_only_the_next_statuses_and_a_move_is_saved()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var contract = (await ContractTestData.AllAsync(factory)).Where(c => c.Status == ContractStatus.Live && c.FundingBalances).OrderBy(c => c.Id).First();
        var page = await commissioner.GetDocumentAsync($"/contracts/{contract.Id}");
        var offered = page.QuerySelectorAll("input[name=NewStatus]").Select(i => i.GetAttribute("value")).ToList();
        // Ending and decommissioning go through "End this contract", which asks for the reason (issue 19).
        Assert.Equal([nameof(ContractStatus.InExtension)], offered);
        Assert.Equal($"/contracts/{contract.Id}/end", page.GetElementById("end-contract")!.GetAttribute("href"));

        var response = await commissioner.PostFormAsync($"/contracts/{contract.Id}", $"/contracts/{contract.Id}/status", new()
        {
            ["version"] = page.QuerySelector("form[action$='/status'] input[name=version]")!.GetAttribute("value")!,
            ["NewStatus"] = nameof(ContractStatus.InExtension),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ContractStatus.InExtension, await factory.WithDbAsync(db => db.Contracts.Where(c => c.Id == contract.Id).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task a_move_the_lifecycle_does_not_allow_is_shown_as_an_error()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var contract = (await ContractTestData.AllAsync(factory)).Where(c => c.Status == ContractStatus.Live).OrderByDescending(c => c.Id).First();

        var response = await commissioner.PostFormAsync($"/contracts/{contract.Id}", $"/contracts/{contract.Id}/status", new()
        {
            ["version"] = contract.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NewStatus"] = nameof(ContractStatus.Planned),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["A contract that is live cannot become planned"], page.ErrorSummary());
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task staff_who_do_not_commission_see_the_page_without_the_status_form()
    {
        var procurement = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var id = await ContractTestData.IdOfAsync(factory, ContractTestData.LiveWellLeeds);

        var page = await procurement.GetDocumentAsync($"/contracts/{id}");

        Assert.Empty(page.QuerySelectorAll("form[action$='/status']"));
        Assert.Null(page.GetElementById("end-contract"));
        Assert.NotNull((await procurement.GetDocumentAsync($"/contracts/{id}/history")).GetElementById("history"));
        Assert.Equal(HttpStatusCode.Forbidden, (await procurement.PostAsync($"/contracts/{id}/status", [])).StatusCode);
    }
}
