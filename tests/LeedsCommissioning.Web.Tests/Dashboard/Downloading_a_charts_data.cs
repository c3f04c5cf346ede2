using System.Net;
using CsvHelper;
using LeedsCommissioning.Web.Tests.Infrastructure;
using static LeedsCommissioning.Web.Tests.Dashboard.DashboardPages;

namespace LeedsCommissioning.Web.Tests.Dashboard;

/// <summary>Each chart's "Download the data (CSV)": the same rows as its table, for the page's filters.</summary>
public sealed class Downloading_a_charts_data(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task the_csv_has_the_rows_of_the_charts_table_for_the_same_filters()
    {
        var staff = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var page = await staff.GetDocumentAsync("/dashboard?organisation=council&year=2026");
        var link = page.GetElementById("chart-spend-by-funder-csv")!.GetAttribute("href");
        Assert.Equal("/dashboard/spend-by-funder.csv?organisation=council&year=2026", link);

        var response = await staff.Http.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("dashboard-spend-by-funder-2026-11-26.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var reader = CsvReader.Create(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Funder", "Spend in 2026 to 2027 (£)"], reader.Headers.ToArray());
        var rows = new Dictionary<string, decimal>();
        foreach (var row in reader)
        {
            rows[row[0].ToString()] = decimal.Parse(row[1].ToString(), System.Globalization.CultureInfo.InvariantCulture);
        }

        var table = Table(page, "spend-by-funder");
        Assert.Equal(table.Keys.Order(), rows.Keys.Order());
        Assert.All(table, r => Assert.Equal(r.Value[0], LeedsCommissioning.Domain.Common.Money.Text(rows[r.Key])));
    }

    [Fact]
    public async Task every_chart_on_the_page_has_a_download_that_answers()
    {
        var staff = await PortalClient.SignedInAsync(factory, "admin@example.org");
        var page = await staff.GetDocumentAsync("/dashboard");

        var links = page.QuerySelectorAll(".app-chart a[download]").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(page.QuerySelectorAll("table[data-app-chart]").Length, links.Count);
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var response = await staff.Http.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("/dashboard/no-such-chart.csv")]
    [InlineData("/dashboard/spend-by-funder.csv?organisation=everyone")]
    [InlineData("/dashboard/spend-by-funder.csv?year=1999")]
    public async Task an_unknown_chart_or_filter_is_not_found(string url)
    {
        var staff = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var response = await staff.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
