using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Contracts;

/// <summary>The 30% rule is a term of the contract (domain.md sections 2 and 3; issue 11).</summary>
public sealed class Requiring_a_share_for_small_organisations(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task live_well_leeds_shows_its_required_30_percent_beside_the_share_reached()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await IdOf("LCC-AH-2019-014");

        var page = await commissioner.GetDocumentAsync($"/contracts/{id}");

        Assert.StartsWith("30% of the annual value", page.GetElementById("required-small-share")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("30.00% of the annual value", page.GetElementById("small-local-share")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Meets the required share", page.GetElementById("small-share-tag")!.TextContent.Trim());
        Assert.Null(page.GetElementById("small-share-warning"));
    }

    [Fact]
    public async Task a_commissioner_sets_a_share_the_contract_does_not_reach_and_the_page_and_register_show_the_shortfall()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await IdOf("LCC-AH-2024-012");
        var url = $"/contracts/{id}/change-details";
        var fields = ContractForms.Fields(await commissioner.GetDocumentAsync(url), url);
        Assert.Equal("", fields["RequiredSmallShare"]);
        fields["RequiredSmallShare"] = "25%";

        var response = await commissioner.PostFormAsync(url, url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(25m, await factory.WithDbAsync(db => db.Contracts.Where(c => c.Id == id).Select(c => c.RequiredSmallShare).SingleAsync()));
        var page = await commissioner.GetDocumentAsync($"/contracts/{id}");
        Assert.Equal("Below the required share", page.GetElementById("small-share-tag")!.TextContent.Trim());
        Assert.Contains("requires 25% of its annual value", page.GetElementById("small-share-warning")!.TextContent, StringComparison.Ordinal);
        var register = await commissioner.GetDocumentAsync("/contracts?search=LCC-AH-2024-012");
        var row = Assert.Single(register.QuerySelectorAll("tbody tr"));
        Assert.Contains("required 25%", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Below required", row.QuerySelector(".govuk-tag--red")!.TextContent.Trim());
    }

    [Fact]
    public async Task a_contract_without_a_required_share_shows_none_set_and_no_tag_in_the_register()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await IdOf("LCC-AH-2023-007");

        var page = await commissioner.GetDocumentAsync($"/contracts/{id}");
        var register = await commissioner.GetDocumentAsync("/contracts?search=LCC-AH-2023-007");

        Assert.Equal("None set", page.GetElementById("required-small-share")!.TextContent.Trim());
        Assert.Null(page.GetElementById("small-share-tag"));
        Assert.DoesNotContain("required", Assert.Single(register.QuerySelectorAll("tbody tr")).TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thirty", "Required share for small community organisations must be a number, like 30")]
    [InlineData("150", "Required share for small community organisations must be more than 0% and no more than 100%")]
    [InlineData("0", "Required share for small community organisations must be more than 0% and no more than 100%")]
    [InlineData("12.345", "Required share for small community organisations must have no more than 2 decimal places")]
    public async Task a_share_that_is_not_a_percentage_is_refused_beside_its_field_and_kept(string typed, string message)
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await IdOf("LCC-AH-2019-014");
        var url = $"/contracts/{id}/change-details";
        var fields = ContractForms.Fields(await commissioner.GetDocumentAsync(url), url);
        fields["RequiredSmallShare"] = typed;

        var response = await commissioner.PostFormAsync(url, url, fields);
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([message], page.ErrorSummary());
        Assert.Equal(message, page.FieldError("RequiredSmallShare"));
        Assert.Equal(typed, page.Value("RequiredSmallShare"));
        Assert.Equal(30m, await factory.WithDbAsync(db => db.Contracts.Where(c => c.Id == id).Select(c => c.RequiredSmallShare).SingleAsync()));
    }

    private Task<int> IdOf(string reference) =>
        factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync());
}
