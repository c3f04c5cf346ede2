using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using CsvHelper;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Contracts;

public sealed class Downloading_the_register(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>The header row, written out (not read from the controller), in words a person understands.</summary>
    private static readonly string[] Headers =
    [
        "Reference", "Title", "Service area", "Commissioning organisation", "Lead provider", "Status", "Start date",
        "Current end date", "Annual value (£)", "Whole-life value (£)", "Small and local share (%)", "Lead provider is third sector", "Funders",
    ];

    [Fact]
    public async Task the_csv_is_utf8_with_a_byte_order_mark_a_readable_header_and_the_filtered_contracts()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var expected = (await ContractTestData.AllAsync(factory)).Where(c => c.ServiceArea == Domain.Reference.ServiceArea.SupportInTheCommunity)
            .OrderBy(c => c.Reference).ToList();

        var response = await commissioner.Http.GetAsync("/contracts/export.csv?serviceArea=SupportInTheCommunity");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = CsvReader.Create(bytes);
        Assert.Equal(Headers, reader.Headers.ToArray());
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var fields = new string[row.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }

            rows.Add(fields);
        }

        Assert.Equal(expected.Select(c => c.Reference), rows.Select(r => r[0]));
        var liveWell = rows.Single(r => r[0] == ContractTestData.LiveWellLeeds);
        var contract = expected.Single(c => c.Reference == ContractTestData.LiveWellLeeds);
        Assert.Equal("Live Well Leeds", liveWell[1]);
        Assert.Equal("Support in the community", liveWell[2]);
        Assert.Equal(contract.Status.ToDisplayName(), liveWell[5]);
        Assert.Equal(contract.CurrentEndDate.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), liveWell[7]);
        Assert.Equal(contract.AnnualValue, decimal.Parse(liveWell[8], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(contract.SmallLocalShare, decimal.Parse(liveWell[10], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task the_workbook_has_a_bold_header_money_and_date_formats_and_the_filtered_contracts()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var today = ContractTestData.Today;
        // Written out rather than calling Contract.IsEndingWithin, so the filter is checked, not copied.
        var expected = (await ContractTestData.AllAsync(factory))
            .Where(c => c.Status is not (ContractStatus.Ended or ContractStatus.Decommissioned)
                && c.CurrentEndDate >= today && c.CurrentEndDate <= today.AddMonths(12)).ToList();

        var response = await commissioner.Http.GetAsync("/contracts/export.xlsx?endingWithin=12");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var styles = XDocument.Load(zip.GetEntry("xl/styles.xml")!.Open()).ToString();
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var rows = sheet.Descendants(ns + "row").ToList();
        Assert.Equal(expected.Count + 1, rows.Count);
        var header = rows[0].Elements(ns + "c").Select(c => c.Value).ToList();
        Assert.Equal(Headers, header);
        var references = rows.Skip(1).Select(r => r.Elements(ns + "c").First().Value).Order().ToList();
        Assert.Equal(expected.Select(c => c.Reference).Order(), references);
        Assert.Contains("£#,##0.00", styles, StringComparison.Ordinal);
        Assert.Contains("dd/mm/yyyy", styles, StringComparison.Ordinal);
        Assert.Contains("<b", styles, StringComparison.Ordinal);
        Assert.NotEmpty(sheet.Descendants(ns + "col"));
    }

    [Theory]
    [InlineData("provider@example.org")]
    [InlineData("small.provider@example.org")]
    [InlineData("evaluator@example.org")]
    public async Task the_downloads_are_for_staff_only(string email)
    {
        var client = await PortalClient.SignedInAsync(factory, email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/contracts/export.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/contracts/export.xlsx")).StatusCode);
    }
}
