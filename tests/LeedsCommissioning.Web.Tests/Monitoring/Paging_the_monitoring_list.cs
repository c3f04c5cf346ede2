using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Tests.Infrastructure;
using LeedsCommissioning.Web.Tests.Pipeline;

namespace LeedsCommissioning.Web.Tests.Monitoring;

/// <summary>
/// The monitoring list shows 50 contracts a page, with the filters kept from page to page, and its download holds every
/// matching contract (a region monitors tens of thousands of live contracts: docs/benchmarks.md).
/// </summary>
public sealed class Paging_the_monitoring_list(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task shows_fifty_contracts_a_page_keeps_the_filters_and_downloads_them_all()
    {
        // 55 more live contracts for the council's Adults and Health, so that even its filter has a second page.
        for (var i = 1; i <= 55; i++)
        {
            await PipelineTestData.ContractAsync(factory, $"PAGING-{i:00}", new DateOnly(2028, 3, 31), DemoData.LeadProviderName, "Priya Shah");
        }

        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var all = await commissioner.GetDocumentAsync("/monitoring");
        var total = all.QuerySelector("#count")!.TextContent;
        Assert.Equal(50, all.QuerySelectorAll("#returns tbody tr").Length);
        Assert.Matches(@"^Showing (\d+) of \1 contracts, 50 a page\.$", total);
        var matching = int.Parse(System.Text.RegularExpressions.Regex.Match(total, @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(matching > 50);

        var second = await commissioner.GetDocumentAsync("/monitoring?page=2");
        Assert.Equal(matching - 50, second.QuerySelectorAll("#returns tbody tr").Length);
        var firstPageReferences = all.QuerySelectorAll("#returns tbody tr").Select(r => r.TextContent).ToHashSet();
        Assert.DoesNotContain(second.QuerySelectorAll("#returns tbody tr").Select(r => r.TextContent), firstPageReferences.Contains);
        Assert.NotNull(all.QuerySelector(".govuk-pagination a[href='/monitoring?page=2']"));

        var (_, rows) = await Exports.ExportFiles.CsvAsync(await commissioner.Http.GetAsync("/monitoring/export.csv"));
        Assert.Equal(matching, rows.Count);

        // The council's filter is kept in the pages' links.
        var organisation = all.QuerySelectorAll("#organisation option").First(o => o.TextContent.Contains("Adults and Health", StringComparison.Ordinal)).GetAttribute("value");
        var filtered = await commissioner.GetDocumentAsync($"/monitoring?organisation={organisation}");
        Assert.NotNull(filtered.QuerySelector($".govuk-pagination a[href='/monitoring?organisation={organisation}&page=2']"));
    }
}
