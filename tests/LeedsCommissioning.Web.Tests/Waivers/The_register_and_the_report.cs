using System.IO.Compression;
using System.Net;
using System.Text;
using LeedsCommissioning.Web.Tests.Infrastructure;
using static LeedsCommissioning.Web.Tests.Waivers.WaiverTestData;

namespace LeedsCommissioning.Web.Tests.Waivers;

// One collection: the waiver classes start their apps one after another, not all at once on a busy machine.
[Collection("Waivers")]
public sealed class The_register_and_the_report(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task the_register_lists_the_demo_waivers_and_totals_approved_spend_by_year()
    {
        var client = await PortalClient.SignedInAsync(factory, Director);

        var page = await client.GetDocumentAsync("/waivers");

        Assert.Equal("CPR waivers", page.Heading());
        var text = page.Body!.TextContent;
        Assert.Contains("‘The Art of Commissioning’ Programme.", text, StringComparison.Ordinal);
        // 2019: NDTi £47,600 only (the carers' short breaks interim was six contracts, not a waiver: domain.md section 8).
        var totals = page.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(totals, r => r.Contains("2019", StringComparison.Ordinal) && r.Contains("£47,600", StringComparison.Ordinal));
        Assert.Contains(totals, r => r.Contains("2024", StringComparison.Ordinal) && r.Contains("£620,000", StringComparison.Ordinal));
        // 2025: only the corrected alcohol liaison waiver at its latest approved value (£90,000), not also version 1.
        Assert.Contains(totals, r => r.Contains("2025", StringComparison.Ordinal) && r.Contains("£90,000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task the_register_filters_by_status_band_year_and_supplier()
    {
        var client = await PortalClient.SignedInAsync(factory, Procurement);

        var drafts = await client.GetDocumentAsync("/waivers?status=Draft");
        var big = await client.GetDocumentAsync("/waivers?band=500k-plus");
        var year = await client.GetDocumentAsync("/waivers?year=2019&supplier=development+team");

        var draftTags = drafts.QuerySelectorAll("tbody .govuk-tag").Select(t => t.TextContent.Trim()).ToList();
        Assert.NotEmpty(draftTags);
        Assert.All(draftTags, t => Assert.Equal("Draft", t));
        Assert.Contains("Residential placements for young people", big.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Art of Commissioning", big.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, year.QuerySelectorAll("table")[1].QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task the_csv_download_holds_the_filtered_rows()
    {
        var client = await PortalClient.SignedInAsync(factory, Commissioner);

        var response = await client.Http.GetAsync("/waivers/export.csv?year=2019");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Id,Version,Subject,Status", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.Contains(",National Development Team for Inclusion,No,47600.00,24,30/10/2019,30/10/2019,Helen Carter,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task the_excel_download_is_a_workbook_with_the_rows()
    {
        var client = await PortalClient.SignedInAsync(factory, Commissioner);

        var response = await client.Http.GetAsync("/waivers/export.xlsx?supplier=Development+Team");

        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var sheet = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
        using var reader = new StreamReader(sheet.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains("National Development Team for Inclusion", xml, StringComparison.Ordinal);
        Assert.Contains("47600", xml, StringComparison.Ordinal);
        Assert.Contains("Approved", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_summary_prints_the_rules_waived_with_the_templates_descriptions()
    {
        var client = await PortalClient.SignedInAsync(factory, Commissioner);

        var page = await client.GetDocumentAsync($"/waivers/{await NdtiId(factory)}");

        var rules = page.QuerySelectorAll(".govuk-summary-list__row")
            .Single(r => r.QuerySelector("dt")!.TextContent.Trim() == "Rules waived").QuerySelector("dd")!.TextContent.Trim();
        Assert.Equal("CPRs 8.1 (requirement of competition) and 8.2 (invitation of a minimum of three written tenders), using the authority set out in CPR 1.3", rules);
    }

    [Fact]
    public async Task the_pdf_is_a_pdf_with_pages()
    {
        var client = await PortalClient.SignedInAsync(factory, Director);

        var response = await client.Http.GetAsync($"/waivers/{await NdtiId(factory)}/report.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        var body = Encoding.Latin1.GetString(bytes);
        Assert.True(System.Text.RegularExpressions.Regex.Count(body, @"/Type\s*/Page[^s]") >= 2, "expected at least two pages");
    }
}
