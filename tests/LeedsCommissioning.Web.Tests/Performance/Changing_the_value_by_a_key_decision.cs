using System.Globalization;
using System.Net;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Web.Tests.Contracts;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Performance;

/// <summary>
/// Issue 15, "value changes each with a reason, a date and a decision record where the value or route requires one; the
/// contract's history shows them in order": through "Change value and funding", an increase that raises the whole-life value
/// by the key-decision threshold (£500,000) or more is sent to a decision maker and changes nothing until approved, on the
/// screen variations use; the contract's History shows where each decision stands.
/// </summary>
public sealed class Changing_the_value_by_a_key_decision(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Posts an annual value £2m a year higher, the largest funder taking it all, from 1 January 2027.</summary>
    private async Task<(int Id, decimal Before, decimal After, decimal LargestFunderAfter)> RaiseAsync(PortalClient commissioner, string reference)
    {
        var contract = await factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == reference)
            .Select(c => new { c.Id, c.AnnualValue, Largest = c.Funding.Max(f => f.AnnualAmount) }).SingleAsync());
        var url = $"/contracts/{contract.Id}/change-value";
        var form = await commissioner.GetDocumentAsync(url);
        Assert.Contains("raises the whole-life value by £500,000 or more (the key-decision threshold), it is sent to a decision maker",
            form.GetElementById("decision-threshold")!.TextContent, StringComparison.Ordinal);
        var fields = ContractForms.Fields(form, url).Because("The ICB adds crisis places from January", 1, 1, 2027);
        fields["AnnualValue"] = (contract.AnnualValue + 2_000_000m).ToString(CultureInfo.InvariantCulture);
        fields["Funding[0].AnnualAmount"] = (contract.Largest + 2_000_000m).ToString(CultureInfo.InvariantCulture);

        var sent = await commissioner.PostFormAsync(url, url, fields);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var funding = await commissioner.GetDocumentAsync(sent.Headers.Location!.OriginalString);
        Assert.Contains("Sent to a decision maker: the value changes when approved", funding.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("from 1 January 2027, is waiting for a decision maker. The annual value and funding above change only when it is approved.",
            funding.GetElementById("value-change-waiting")!.TextContent, StringComparison.Ordinal);
        return (contract.Id, contract.AnnualValue, contract.AnnualValue + 2_000_000m, contract.Largest + 2_000_000m);
    }

    private Task<(decimal AnnualValue, decimal Largest)> FiguresAsync(int id) =>
        factory.WithDbAsync(async db => await db.Contracts.Where(c => c.Id == id)
            .Select(c => new ValueTuple<decimal, decimal>(c.AnnualValue, c.Funding.Max(f => f.AnnualAmount))).SingleAsync());

    private Task<int> WaitingChangeAsync(int id) =>
        factory.WithDbAsync(db => db.ContractChanges.Where(c => c.ContractId == id && c.Kind == ContractChangeKind.Value
            && c.Decision != null && c.Decision.Outcome == DecisionOutcome.Pending).Select(c => c.Id).SingleAsync());

    private static string History(AngleSharp.Dom.IDocument page) => page.GetElementById("history")!.TextContent;

    [Fact]
    public async Task an_increase_over_the_threshold_waits_for_the_director_and_applies_when_approved()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");
        var (id, before, after, largestAfter) = await RaiseAsync(commissioner, "LCC-AH-2018-008");

        Assert.Equal(before, (await FiguresAsync(id)).AnnualValue);
        var changeId = await WaitingChangeAsync(id);
        var decide = $"/contracts/{id}/changes/{changeId}/decide";
        var history = await commissioner.GetDocumentAsync($"/contracts/{id}/history");
        Assert.Contains("Awaiting decision", History(history), StringComparison.Ordinal);
        var home = await director.GetDocumentAsync("/");
        Assert.NotNull(home.QuerySelector($"a[href='{decide}']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await commissioner.Http.GetAsync(decide)).StatusCode);
        var again = ContractForms.Fields(await commissioner.GetDocumentAsync($"/contracts/{id}/change-value"), $"/contracts/{id}/change-value")
            .Because("A second rise", 1, 2, 2027);
        var refusedAgain = await PortalClient.ParseAsync(await commissioner.PostFormAsync($"/contracts/{id}/change-value", $"/contracts/{id}/change-value", again));
        Assert.Contains("is waiting for a decision maker: the value and funding can change again once it is approved or refused",
            string.Join(" ", refusedAgain.ErrorSummary()), StringComparison.Ordinal);

        var page = await director.GetDocumentAsync(decide);
        Assert.Equal("Approve or refuse the change of value", page.Heading());
        var approved = await director.PostFormAsync(decide, decide, new() { ["Outcome"] = "approve", ["Reasons"] = "Funded by the ICB's winter money" });

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal((after, largestAfter), await FiguresAsync(id));
        Assert.Null((await commissioner.GetDocumentAsync($"/contracts/{id}/funding")).GetElementById("value-change-waiting"));
        history = await commissioner.GetDocumentAsync($"/contracts/{id}/history");
        Assert.Contains("Approved by Helen Carter on 26 November 2026", History(history), StringComparison.Ordinal);
        Assert.Contains("Reasons: Funded by the ICB's winter money", History(history), StringComparison.Ordinal);
        var performance = await commissioner.GetDocumentAsync($"/contracts/{id}/performance");
        Assert.Contains("Approved by Helen Carter on 26 November 2026", performance.GetElementById("changes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task refused_the_value_and_funding_stay_and_the_history_says_it_was_not_approved()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");
        var (id, before, _, _) = await RaiseAsync(commissioner, "LCC-AH-2021-006");
        var largestBefore = (await FiguresAsync(id)).Largest;
        var changeId = await WaitingChangeAsync(id);
        var decide = $"/contracts/{id}/changes/{changeId}/decide";

        var refused = await director.PostFormAsync(decide, decide, new() { ["Outcome"] = "refuse", ["Reasons"] = "Not in this year's budget" });

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal((before, largestBefore), await FiguresAsync(id));
        var history = History(await commissioner.GetDocumentAsync($"/contracts/{id}/history"));
        Assert.Contains("Not approved", history, StringComparison.Ordinal);
        Assert.Contains("Refused by Helen Carter on 26 November 2026: nothing changed", history, StringComparison.Ordinal);
        var notice = await commissioner.GetDocumentAsync($"/contracts/{id}/changes/{changeId}/uk10-notice");
        Assert.Contains("The change was refused by the decision maker, so it is not made",
            notice.QuerySelectorAll("[data-notice-missing] li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task a_rise_below_the_threshold_applies_at_once_and_its_history_needs_no_decision()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-CF-2019-007");
        var (value, largest) = await FiguresAsync(id);
        var url = $"/contracts/{id}/change-value";
        var fields = ContractForms.Fields(await commissioner.GetDocumentAsync(url), url).Because("Inflation uplift", 1, 4, 2027);
        fields["AnnualValue"] = (value + 10_000m).ToString(CultureInfo.InvariantCulture);
        fields["Funding[0].AnnualAmount"] = (largest + 10_000m).ToString(CultureInfo.InvariantCulture);

        var saved = await commissioner.PostFormAsync(url, url, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(value + 10_000m, (await FiguresAsync(id)).AnnualValue);
        var entry = (await commissioner.GetDocumentAsync($"/contracts/{id}/history")).QuerySelector(".app-history__entry--recorded")!;
        Assert.Contains("Inflation uplift", entry.TextContent, StringComparison.Ordinal);
        Assert.Null(entry.QuerySelector(".app-history__decision"));
    }
}
