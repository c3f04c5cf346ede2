using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Exports;

/// <summary>
/// The open data checks page's list of releases left out downloads as CSV and Excel for administrators (issue 15, "Every
/// list in the portal downloads"). Its own factory: the test breaks a contract's value so that a release fails.
/// </summary>
public sealed class Downloading_the_open_data_checks(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task administrators_download_the_releases_left_out_with_what_fails_as_the_page_lists_them()
    {
        var opportunityId = await factory.WithDbAsync(async db =>
        {
            var contract = await db.Contracts.SingleAsync(c => c.LotAwardId != null);
            // Data as an import or a slip could leave it: the contract now says it is worth more than the award.
            await db.Contracts.Where(c => c.Id == contract.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.WholeLifeValue, 99_999_999m));
            return contract.OpportunityId!.Value;
        });
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");
        var page = await admin.GetDocumentAsync("/admin/open-data");

        var (headings, rows) = await ExportFiles.CsvAsync(await admin.Http.GetAsync("/admin/open-data/export.csv"));
        var sheet = await ExportFiles.XlsxAsync(await admin.Http.GetAsync("/admin/open-data/export.xlsx"));

        Assert.Equal(["Ocid", "Title", "Release date", "What fails"], headings);
        var row = Assert.Single(rows);
        Assert.Equal($"ocds-lcdemo-opportunity-{opportunityId}", row[0]);
        Assert.Equal(page.QuerySelector("tbody tr td:nth-child(2)")!.TextContent.Trim(), row[1]);
        Assert.Equal(page.QuerySelector("tbody tr td:nth-child(3)")!.TextContent.Trim().Length > 0, row[2].Length > 0);
        Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$", row[2]);
        Assert.Contains("is worth £99,999,999, more than its award's", row[3], StringComparison.Ordinal);
        Assert.Equal(2, sheet.Count);
        Assert.Equal(row[0], sheet[1][0]);
        Assert.Equal("/admin/open-data/export.csv", page.QuerySelector("#download-csv")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/admin/open-data/export.csv", "commissioner@example.org")]
    [InlineData("/admin/open-data/export.xlsx", "provider@example.org")]
    public async Task only_administrators_download_the_checks(string url, string email)
    {
        var client = await PortalClient.SignedInAsync(factory, email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync(url)).StatusCode);
    }
}
