using System.Net;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Contracts;

/// <summary>
/// Issue 19: ending a contract is never one click. "End this contract" opens a confirmation page that says what will
/// happen and asks how, from when and why; only its POST acts, and the reason is kept in the history. Issue 14: it asks
/// the Compact for Leeds questions for every third-sector organisation on the contract, and no longer decommissions
/// (a decommissioning case does).
/// </summary>
public sealed class Ending_a_contract(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task following_end_this_contract_only_opens_the_confirmation_page()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2025-004");
        var link = (await commissioner.GetDocumentAsync($"/contracts/{id}")).GetElementById("end-contract")!.GetAttribute("href")!;

        var page = await commissioner.GetDocumentAsync(link);

        Assert.Equal("Are you sure you want to end Independent advocacy hub?", page.Heading());
        Assert.Contains("This cannot be undone.", page.QuerySelector(".govuk-warning-text:not(#compact-warning)")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Advonet (lead provider)", page.QuerySelector(".app-what-happens")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The Compact for Leeds asks for six months' notice", page.GetElementById("compact-warning")!.TextContent, StringComparison.Ordinal);
        // Issue 14: decommissioning goes through a decommissioning case, so it is no longer offered here.
        Assert.Equal(["Ending"], page.QuerySelectorAll("input[name=Outcome]").Select(i => i.GetAttribute("value")!));
        Assert.Empty(page.QuerySelectorAll("input[name=Outcome][checked]"));
        Assert.Equal(ContractStatus.Live, await StatusAsync(id));
    }

    [Fact]
    public async Task confirming_without_a_reason_a_date_or_an_outcome_ends_nothing_and_says_what_is_missing()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2025-004");
        var url = $"/contracts/{id}/end";

        var response = await commissioner.PostFormAsync(url, url, []);
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Enter the date the contract ends", "Enter why the contract is ending", "Select how the contract is ending"], page.ErrorSummary().Order());
        Assert.Equal(ContractStatus.Live, await StatusAsync(id));
    }

    [Fact]
    public async Task ending_early_with_short_notice_to_a_charity_needs_the_reason_and_the_history_keeps_it()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2025-017");
        var url = $"/contracts/{id}/end";
        var fields = new Dictionary<string, string>
        {
            ["Outcome"] = nameof(ContractStatus.Ending),
            ["EffectiveDate.Day"] = "31",
            ["EffectiveDate.Month"] = "3",
            ["EffectiveDate.Year"] = "2027",
            ["CompactGivenOn.Day"] = "20",
            ["CompactGivenOn.Month"] = "11",
            ["CompactGivenOn.Year"] = "2026",
            ["CompactHow"] = "Letter from the head of commissioning",
            ["Reason"] = "Service redesign agreed by Executive Board: carers' support moves into the integrated wellbeing service",
        };

        var refused = await PortalClient.ParseAsync(await commissioner.PostFormAsync(url, url, fields));

        // Carers Leeds and Bramley Carers and Friends are charities: 20 November is after 30 September, six months before the end.
        Assert.Equal(["Enter why Carers Leeds and Bramley Carers and Friends get less than six months' notice (the Compact for Leeds)"], refused.ErrorSummary());
        Assert.Equal("Letter from the head of commissioning", refused.GetElementById("CompactHow")!.GetAttribute("value"));
        Assert.Equal(ContractStatus.Live, await StatusAsync(id));

        fields["CompactShortNoticeReason"] = "The integrated service starts on 1 April 2027 under the Executive Board's decision";
        var response = await commissioner.PostFormAsync(url, url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/contracts/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(ContractStatus.Ending, await StatusAsync(id));
        var change = await factory.WithDbAsync(db => db.ContractChanges.Where(c => c.ContractId == id).OrderByDescending(c => c.Id).FirstAsync());
        Assert.Equal((new DateOnly(2026, 11, 20), "Letter from the head of commissioning"), (change.CompactNoticeGivenOn, change.CompactNoticeHow));
        Assert.Equal("The integrated service starts on 1 April 2027 under the Executive Board's decision", change.CompactShortNoticeReason);
        var entry = Changing_a_contract_part_by_part.Words((await commissioner.GetDocumentAsync($"/contracts/{id}/history")).QuerySelector("#history .app-history__entry")!.TextContent);
        Assert.Contains("Contract marked as ending", entry, StringComparison.Ordinal);
        Assert.Contains("Takes effect: 31 March 2027", entry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_ending_page_cannot_decommission_a_contract()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2025-004");
        var url = $"/contracts/{id}/end";

        var page = await PortalClient.ParseAsync(await commissioner.PostFormAsync(url, url, new()
        {
            ["Outcome"] = nameof(ContractStatus.Decommissioned),
            ["EffectiveDate.Day"] = "31",
            ["EffectiveDate.Month"] = "3",
            ["EffectiveDate.Year"] = "2028",
            ["Reason"] = "Redesign",
        }));

        Assert.Equal(["A contract is decommissioned through its decommissioning case, once the decision is approved"], page.ErrorSummary());
        Assert.Equal(ContractStatus.Live, await StatusAsync(id));
    }

    [Fact]
    public async Task the_status_form_cannot_end_a_contract_without_the_confirmation()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2025-004");

        var response = await commissioner.PostFormAsync($"/contracts/{id}", $"/contracts/{id}/status", new()
        {
            ["NewStatus"] = nameof(ContractStatus.Decommissioned),
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["To end or decommission a contract, use “End this contract”, which asks for the reason"], page.ErrorSummary());
        Assert.Equal(ContractStatus.Live, await StatusAsync(id));
    }

    private Task<ContractStatus> StatusAsync(int id) => factory.WithDbAsync(db => db.Contracts.Where(c => c.Id == id).Select(c => c.Status).SingleAsync());
}
