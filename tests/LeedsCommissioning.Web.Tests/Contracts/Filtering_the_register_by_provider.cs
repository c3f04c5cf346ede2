using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Contracts;

/// <summary>
/// The register's provider filter is a text box the server matches (it works without JavaScript), not a list of
/// every provider; GOV.UK's accessible autocomplete suggests names from /providers/suggestions when JavaScript runs.
/// </summary>
public sealed class Filtering_the_register_by_provider(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task the_filter_is_a_text_box_not_a_list_of_every_provider()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var page = await commissioner.GetDocumentAsync("/contracts");

        Assert.Null(page.QuerySelector("select#provider"));
        var box = page.QuerySelector("input#ProviderName")!;
        Assert.Equal("providerName", box.GetAttribute("name"));
        Assert.Equal("/providers/suggestions", box.GetAttribute("data-app-provider-suggestions"));
        Assert.Equal("Provider", page.QuerySelector("label[for=ProviderName]")!.TextContent.Trim());
    }

    [Fact]
    public async Task part_of_one_providers_name_in_any_case_filters_by_that_provider_and_shows_its_full_name()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var providerId = await ContractTestData.ProviderIdAsync(factory, DemoData.SmallProviderName);
        var expected = (await ContractTestData.AllAsync(factory))
            .Where(c => c.Providers.Any(p => p.ProviderId == providerId)).Select(c => c.Reference).Order().ToList();

        var page = await commissioner.GetDocumentAsync("/contracts?providerName=" + Uri.EscapeDataString("  wellbeing COLLECTIVE "));
        var listed = await Searching_and_filtering_the_register.AllPagesAsync(commissioner, "/contracts?providerName=wellbeing+collective");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, listed.Order().ToList());
        Assert.Equal(DemoData.SmallProviderName, page.Value("ProviderName"));
        Assert.Null(page.QuerySelector(".govuk-error-summary"));
        Assert.Equal($"/contracts/export.csv?provider={providerId}", page.GetElementById("download-csv")!.GetAttribute("href"));
    }

    [Fact]
    public async Task a_link_with_the_providers_id_shows_its_name_in_the_box()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var providerId = await ContractTestData.ProviderIdAsync(factory, DemoData.LeadProviderName);

        var page = await commissioner.GetDocumentAsync($"/contracts?provider={providerId}&status=Live");

        Assert.Equal(DemoData.LeadProviderName, page.Value("ProviderName"));
        Assert.Contains("match your filters", page.GetElementById("totals")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_name_no_provider_has_is_an_error_with_what_was_typed_kept()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var response = await commissioner.Http.GetAsync("/contracts?providerName=Nowhere+Trading+Zzz&status=Live");
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        var message = "No provider’s name contains ‘Nowhere Trading Zzz’. Check the spelling, or enter part of the name";
        Assert.Equal(message, page.QuerySelector(".govuk-error-summary a[href='#ProviderName']")!.TextContent.Trim());
        Assert.Equal("Error: " + message, page.GetElementById("ProviderName-error")!.TextContent.Trim());
        Assert.Equal("Nowhere Trading Zzz", page.Value("ProviderName"));
        Assert.Equal("selected", page.QuerySelector("#status option[value=Live]")!.GetAttribute("selected"));
        Assert.Null(page.GetElementById("register"));
    }

    [Fact]
    public async Task a_name_several_providers_share_lists_them_to_choose_from_keeping_the_other_filters()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var matching = await factory.WithDbAsync(db => db.Providers.Where(p => p.Name.ToLower().Contains("leeds"))
            .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync());

        var page = await commissioner.GetDocumentAsync("/contracts?providerName=LEEDS&status=Live");

        Assert.True(matching.Count > 1, "The demo data should have several providers with Leeds in their name");
        Assert.Contains("More than one provider’s name contains ‘LEEDS’", page.GetElementById("ProviderName-error")!.TextContent, StringComparison.Ordinal);
        var links = page.QuerySelectorAll("#provider-candidates + ul a").ToList();
        Assert.Equal(Math.Min(matching.Count, 10), links.Count);
        var first = links[0];
        var expectedFirst = matching.OrderBy(p => p.Name.StartsWith("leeds", StringComparison.OrdinalIgnoreCase) ? 0 : 1).ThenBy(p => p.Name, StringComparer.Ordinal).First();
        Assert.Equal(expectedFirst.Name, first.TextContent.Trim());
        Assert.Equal($"/contracts?provider={expectedFirst.Id}&status=Live", first.GetAttribute("href"));
    }

    [Fact]
    public async Task suggestions_are_the_names_containing_the_text_those_starting_with_it_first()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var names = await factory.WithDbAsync(db => db.Providers.Select(p => p.Name).ToListAsync());
        var expected = names.Where(n => n.Contains("ee", StringComparison.OrdinalIgnoreCase))
            .OrderBy(n => n.StartsWith("ee", StringComparison.OrdinalIgnoreCase) ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal).Take(10).ToList();

        var suggested = await Suggestions(commissioner, "EE");
        var tooShort = await Suggestions(commissioner, "e");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, suggested);
        Assert.Empty(tooShort);
    }

    [Fact]
    public async Task suggestions_are_for_staff_only()
    {
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");

        var response = await provider.Http.GetAsync("/providers/suggestions?q=leeds");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<List<string>> Suggestions(PortalClient client, string q)
    {
        var response = await client.Http.GetAsync("/providers/suggestions?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<List<string>>(await response.Content.ReadAsStringAsync())!;
    }
}
