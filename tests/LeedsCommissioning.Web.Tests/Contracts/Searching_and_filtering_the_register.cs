using System.Globalization;
using AngleSharp.Dom;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Contracts;

public sealed class Searching_and_filtering_the_register(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("live well")]
    [InlineData("LCC-AH-2019-014")]
    [InlineData("community links")]
    public async Task search_finds_Live_Well_Leeds_by_title_reference_or_provider_in_any_case(string search)
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var page = await commissioner.GetDocumentAsync("/contracts?search=" + Uri.EscapeDataString(search));

        Assert.Equal("Contracts register", page.Heading());
        Assert.Contains(ContractTestData.LiveWellLeeds, References(page));
        Assert.Equal(search, page.Value("search"));
    }

    [Fact]
    public async Task ending_within_12_months_lists_the_running_contracts_whose_current_end_date_falls_in_the_next_12_months()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var today = ContractTestData.Today;
        var expected = (await ContractTestData.AllAsync(factory))
            .Where(c => c.Status is not (ContractStatus.Ended or ContractStatus.Decommissioned)
                && c.CurrentEndDate >= today && c.CurrentEndDate <= today.AddMonths(12))
            .Select(c => c.Reference).Order().ToList();

        var listed = await AllPagesAsync(commissioner, "/contracts?endingWithin=12");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, listed.Order().ToList());
    }

    [Fact]
    public async Task the_totals_are_those_of_the_whole_filtered_set_not_just_the_page()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var all = await ContractTestData.AllAsync(factory);
        var annual = all.Sum(c => c.AnnualValue);
        var wholeLife = all.Sum(c => c.WholeLifeValue);
        var smallLocal = all.SelectMany(c => c.Providers).Where(p => p.Provider.IsSmallAndLocal).Sum(p => p.AnnualShare);
        var thirdSector = all.Count(c => c.LeadProviderIsThirdSector == true);

        var page = await commissioner.GetDocumentAsync("/contracts");

        Assert.True(all.Count > 25, "The demo data should fill more than one page");
        Assert.Equal(25, page.QuerySelectorAll("#register tbody tr").Length);
        Assert.Equal(UkTime.Money(annual), page.GetElementById("total-annual-value")!.TextContent.Trim());
        Assert.Equal(UkTime.Money(wholeLife), page.GetElementById("total-whole-life-value")!.TextContent.Trim());
        Assert.Equal((smallLocal / annual * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%", page.GetElementById("total-small-local")!.TextContent.Trim());
        Assert.Equal($"{thirdSector} of {all.Count}", page.GetElementById("total-third-sector")!.TextContent.Trim());
    }

    [Fact]
    public async Task the_totals_follow_the_filters()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var mentalHealth = (await ContractTestData.AllAsync(factory)).Where(c => c.ServiceArea == Domain.Reference.ServiceArea.SupportInTheCommunity).ToList();

        var page = await commissioner.GetDocumentAsync("/contracts?serviceArea=SupportInTheCommunity");

        Assert.Equal(UkTime.Money(mentalHealth.Sum(c => c.AnnualValue)), page.GetElementById("total-annual-value")!.TextContent.Trim());
        Assert.StartsWith($"{mentalHealth.Count} contracts", page.GetElementById("totals")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_search_that_matches_nothing_gives_zero_totals()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var page = await commissioner.GetDocumentAsync("/contracts?search=no-such-contract");

        Assert.StartsWith("0 contracts", page.GetElementById("totals")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(UkTime.Money(0m), page.GetElementById("total-annual-value")!.TextContent.Trim());
        Assert.Equal("0 of 0", page.GetElementById("total-third-sector")!.TextContent.Trim());
    }

    [Fact]
    public async Task sorting_by_annual_value_puts_the_largest_first_and_keeps_the_filters_in_the_links()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var largest = (await ContractTestData.AllAsync(factory)).Where(c => c.Status == ContractStatus.Live)
            .OrderByDescending(c => c.AnnualValue).ThenBy(c => c.Reference).First();

        var page = await commissioner.GetDocumentAsync("/contracts?status=Live&sort=value&direction=desc");

        Assert.Equal(largest.Reference, References(page)[0]);
        Assert.Equal("/contracts/export.csv?status=Live&sort=value&direction=desc", page.GetElementById("download-csv")!.GetAttribute("href"));
        Assert.Equal("descending", page.QuerySelector("th[aria-sort=descending]")?.GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task filters_by_provider_funder_status_and_organisation_give_only_matching_contracts()
    {
        // A partner funder of the test's own: two contracts get a contribution from it, so the funder filter
        // has something to find whatever the demo data holds.
        const string partner = "Harrogate Borough Test Partner";
        var funded = await factory.WithDbAsync(async db =>
        {
            var contracts = await db.Contracts.Include(c => c.Funding).Where(c => c.Funding.Any()).OrderBy(c => c.Id).Take(2).ToListAsync();
            foreach (var contract in contracts)
            {
                var lines = contract.Funding.Select(f => new FundingLine(f.FunderOrganisationId, f.PartnerName, f.Stream, f.AnnualAmount))
                    .Append(new FundingLine(null, partner, FundingStream.OtherPartner, 1_000m)).ToList();
                contract.Revalue(contract.AnnualValue + 1_000m, lines);
            }

            await db.SaveChangesAsync();
            return contracts.Select(c => c.Reference).Order().ToList();
        });
        Assert.Equal(2, funded.Count);
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var providerId = await ContractTestData.ProviderIdAsync(factory, LeedsCommissioning.Infrastructure.Seeding.DemoData.SmallProviderName);
        var all = await ContractTestData.AllAsync(factory);
        var expected = all.Where(c => c.Providers.Any(p => p.ProviderId == providerId)).Select(c => c.Reference).Order().ToList();

        var byProvider = await AllPagesAsync(commissioner, $"/contracts?provider={providerId}");
        var byFunder = await AllPagesAsync(commissioner, "/contracts?funder=" + Uri.EscapeDataString(partner));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, byProvider.Order().ToList());
        Assert.Equal(funded, byFunder.Order().ToList());
    }

    [Fact]
    public async Task nonsense_in_the_query_string_does_not_break_the_page()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var unfiltered = await AllPagesAsync(commissioner, "/contracts");

        var response = await commissioner.Http.GetAsync("/contracts?endingWithin=7&sort=nope&page=999&status=Nonsense");

        // Unknown values are ignored (no filter, the default sort) and the page number is brought back to the last
        // page (25 contracts a page).
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var lastPage = unfiltered.Skip((unfiltered.Count - 1) / 25 * 25).ToList();
        Assert.NotEmpty(lastPage);
        Assert.Equal(lastPage, References(await PortalClient.ParseAsync(response)));
    }

    internal static List<string> References(IDocument page) =>
        page.QuerySelectorAll("#register tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();

    internal static async Task<List<string>> AllPagesAsync(PortalClient client, string url)
    {
        var references = new List<string>();
        var next = url;
        while (next is not null)
        {
            var page = await client.GetDocumentAsync(next);
            references.AddRange(References(page));
            next = page.QuerySelector(".govuk-pagination__next a")?.GetAttribute("href");
        }

        return references;
    }
}
