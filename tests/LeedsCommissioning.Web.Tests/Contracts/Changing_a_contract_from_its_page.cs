using System.Net;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Contracts;

/// <summary>Found by using it (issue 11): the way from a contract's page to its form, and a save that records only what changed.</summary>
public sealed class Changing_a_contract_from_its_page(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("commissioner@example.org")]
    [InlineData("ccg@example.org")]
    public async Task a_commissioner_finds_a_link_to_change_the_contract(string email)
    {
        var commissioner = await PortalClient.SignedInAsync(factory, email);
        var id = await IdOf("LCC-AH-2019-014");

        var page = await commissioner.GetDocumentAsync($"/contracts/{id}");
        var link = page.GetElementById("details-card-change");

        Assert.NotNull(link);
        Assert.Equal($"/contracts/{id}/change-details", link.GetAttribute("href"));
        Assert.Equal("Change (Contract details)", link.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await commissioner.Http.GetAsync(link.GetAttribute("href"))).StatusCode);
    }

    [Theory]
    [InlineData("procurement@example.org")]
    [InlineData("admin@example.org")]
    [InlineData("director@example.org")]
    [InlineData("provider@example.org")]
    public async Task people_who_may_not_change_it_see_no_such_link(string email)
    {
        var client = await PortalClient.SignedInAsync(factory, email);
        var id = await IdOf("LCC-AH-2019-014");

        var page = await client.GetDocumentAsync($"/contracts/{id}");

        Assert.Equal("Live Well Leeds", page.Heading());
        Assert.Empty(page.QuerySelectorAll(".govuk-summary-card__actions"));
        Assert.Null(page.GetElementById("end-contract"));
    }

    [Fact]
    public async Task changing_only_the_description_records_only_the_description()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await IdOf("LCC-AH-2019-014");
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var url = $"/contracts/{id}/change-details";
        var fields = ContractForms.Fields(await commissioner.GetDocumentAsync(url), url);
        fields["Description"] = "Community mental health and wellbeing for adults, with 16 small community organisations.";
        var before = await factory.WithDbAsync(db => db.AuditEntries.Select(a => a.Id).MaxAsync());

        var response = await commissioner.PostFormAsync(url, url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var written = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Id > before && ((a.EntityType == nameof(Contract) && a.EntityKey == key) || (a.ParentType == nameof(Contract) && a.ParentKey == key)))
            .ToListAsync());
        var entry = Assert.Single(written);
        Assert.Equal(nameof(Contract), entry.EntityType);
        Assert.Contains("\"Description\"", entry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("AnnualValue", entry.Changes, StringComparison.Ordinal);
        var history = (await commissioner.GetDocumentAsync($"/contracts/{id}/history")).GetElementById("history")!.QuerySelector("li")!.TextContent;
        Assert.DoesNotContain("Funding", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task changing_one_funders_amount_records_that_line_changed_not_removed_and_added()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await IdOf("LCC-CF-2019-007");
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var url = $"/contracts/{id}/change-value";
        var fields = ContractForms.Fields(await commissioner.GetDocumentAsync(url), url).Because("Inflation uplift", 1, 4, 2027);
        fields["AnnualValue"] = "460000";
        fields["Funding[0].AnnualAmount"] = "260000";
        var before = await factory.WithDbAsync(db => db.AuditEntries.Select(a => a.Id).MaxAsync());

        var response = await commissioner.PostFormAsync(url, url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var funding = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Id > before && a.EntityType == nameof(FundingContribution) && a.ParentKey == key)
            .Select(a => a.Action).ToListAsync());
        Assert.Equal([LeedsCommissioning.Infrastructure.Auditing.AuditAction.Modified], funding);
    }

    private Task<int> IdOf(string reference) =>
        factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync());
}
