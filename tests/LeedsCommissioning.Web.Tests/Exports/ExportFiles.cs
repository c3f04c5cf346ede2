using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using CsvHelper;

namespace LeedsCommissioning.Web.Tests.Exports;

/// <summary>Reads a download back: the CSV's heading and rows, or the workbook's first sheet as text cells.</summary>
internal static class ExportFiles
{
    public static readonly XNamespace Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static async Task<(string[] Headings, List<string[]> Rows)> CsvAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return Csv(bytes);
    }

    public static (string[] Headings, List<string[]> Rows) Csv(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes);
        var headings = reader.Headers.ToArray();
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

        return (headings, rows);
    }

    /// <summary>The first sheet's rows (each cell's text), after checking the workbook is a zip with its parts.</summary>
    public static async Task<List<List<string>>> XlsxAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        return Xlsx(await response.Content.ReadAsByteArrayAsync()).Rows.Select(r => r.Elements(Sheet + "c").Select(c => c.Value).ToList()).ToList();
    }

    public static (List<XElement> Rows, XDocument Sheet, string Styles) Xlsx(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.NotNull(zip.GetEntry("[Content_Types].xml"));
        Assert.NotNull(zip.GetEntry("xl/workbook.xml"));
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        using var styles = new StreamReader(zip.GetEntry("xl/styles.xml")!.Open());
        return (sheet.Descendants(Sheet + "row").ToList(), sheet, styles.ReadToEnd());
    }
}
