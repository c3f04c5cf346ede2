using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using CsvHelper;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Pipeline;

public sealed class Downloading_the_pipeline(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] Headings =
    [
        "Reference", "Title", "Commissioning organisation", "Service area", "Responsible commissioner", "Providers",
        "Third sector on the contract", "End date", "Decision", "Decision due", "Overdue", "Intention", "Route", "Owner",
    ];

    [Fact]
    public async Task the_csv_holds_the_filtered_rows_with_their_due_dates()
    {
        await PipelineTestData.ContractAsync(factory, "PIPE-CSV-1", new DateOnly(2027, 7, 26), PipelineTestData.Charity, "Download Owner",
            PipelineTestData.Recommission(RenewalRoute.Framework));
        await PipelineTestData.ContractAsync(factory, "PIPE-CSV-2", new DateOnly(2027, 7, 26), PipelineTestData.NhsTrust, "Download Owner");
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var response = await commissioner.Http.GetAsync("/pipeline/export.csv?commissioner=Download%20Owner");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = CsvReader.Create(bytes);
        Assert.Equal(Headings, reader.Headers.ToArray());
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

        Assert.Equal(["PIPE-CSV-1", "PIPE-CSV-2"], rows.Select(r => r[0]).Order());
        var charity = rows.Single(r => r[0] == "PIPE-CSV-1");
        Assert.Equal("Leeds Mind (third sector)", charity[5]);
        Assert.Equal("Yes", charity[6]);
        Assert.Equal("26/07/2027", charity[7]);
        Assert.Equal("26/09/2026", charity[9]);
        Assert.Equal("No", charity[10]);
        Assert.Equal("Recommission", charity[11]);
        var nhs = rows.Single(r => r[0] == "PIPE-CSV-2");
        Assert.Equal("26/10/2026", nhs[9]);
        Assert.Equal("Yes", nhs[10]);
        Assert.Equal("Undecided", nhs[11]);
    }

    [Fact]
    public async Task the_workbook_holds_the_same_rows_as_the_page_for_a_filter()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var page = PipelineTestData.References(await commissioner.GetDocumentAsync("/pipeline?serviceArea=SupportInTheCommunity"));

        var response = await commissioner.Http.GetAsync("/pipeline/export.xlsx?serviceArea=SupportInTheCommunity");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var rows = sheet.Descendants(ns + "row").ToList();
        Assert.Equal(Headings, rows[0].Elements(ns + "c").Select(c => c.Value));
        Assert.NotEmpty(page);
        Assert.Equal(page.Order(), rows.Skip(1).Select(r => r.Elements(ns + "c").First().Value).Order());
    }
}
