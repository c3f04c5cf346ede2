using System.Net;
using System.Text.Json;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.OpenData;

/// <summary>The data-quality checks beyond the schema, and the administrators' page that lists what fails (issue 15).</summary>
public sealed class Checking_the_open_data(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task a_contract_worth_more_than_its_award_is_left_out_and_listed_for_administrators_with_what_fails()
    {
        var opportunityId = await factory.WithDbAsync(async db =>
        {
            var contract = await db.Contracts.SingleAsync(c => c.LotAwardId != null);
            // Data as an import or a slip could leave it: the contract now says it is worth more than the award.
            await db.Contracts.Where(c => c.Id == contract.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.WholeLifeValue, 99_999_999m));
            return contract.OpportunityId!.Value;
        });
        var ocid = $"ocds-lcdemo-opportunity-{opportunityId}";

        var releases = await PortalClient.For(factory).Http.GetStringAsync("/ocds/releases");
        var records = await PortalClient.For(factory).Http.GetStringAsync("/ocds/records");
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");
        var page = await admin.GetDocumentAsync("/admin/open-data");

        Assert.DoesNotContain(JsonDocument.Parse(releases).RootElement.GetProperty("releases").EnumerateArray(), r => r.GetProperty("ocid").GetString() == ocid);
        Assert.DoesNotContain(JsonDocument.Parse(records).RootElement.GetProperty("records").EnumerateArray(), r => r.GetProperty("ocid").GetString() == ocid);
        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Equal(ocid, row.QuerySelector("td")!.TextContent.Trim());
        Assert.Contains("is worth £99,999,999, more than its award's", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task only_administrators_open_the_checks_page_and_have_it_in_the_navigation()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");

        var response = await commissioner.Http.GetAsync("/admin/open-data");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Open data checks", (await commissioner.GetDocumentAsync("/")).ServiceNavigation());
        Assert.Contains("Administration", (await admin.GetDocumentAsync("/")).ServiceNavigation());
        Assert.Contains("Open data checks", (await admin.GetDocumentAsync("/admin/users")).SectionNavigation());
    }
}
