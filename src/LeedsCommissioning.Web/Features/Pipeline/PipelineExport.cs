using System.Globalization;
using CsvHelper;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Renewals;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace LeedsCommissioning.Web.Features.Pipeline;

/// <summary>
/// CSV (CsvHelper) and Excel (SpreadCheetah) downloads of the filtered pipeline, as the register's downloads are made
/// (docs/adr/0007-exports-and-pdf.md): UTF-8 with a byte order mark, formula-like cells escaped, dates as dates in Excel.
/// </summary>
public static class PipelineExport
{
    public static IReadOnlyList<string> Headings { get; } =
    [
        "Reference", "Title", "Commissioning organisation", "Service area", "Responsible commissioner", "Providers",
        "Third sector on the contract", "End date", "Decision", "Decision due", "Overdue", "Intention", "Route", "Owner",
    ];

    public static async Task<byte[]> CsvAsync(IEnumerable<PipelineRow> rows)
    {
        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteRecord([.. Headings]);
            foreach (var row in rows)
            {
                csv.WriteRecord([.. Fields(row, Iso)]);
            }
        }

        return buffer.ToArray();
    }

    public static async Task<byte[]> XlsxAsync(IEnumerable<PipelineRow> rows)
    {
        using var buffer = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(buffer))
        {
            await spreadsheet.StartWorksheetAsync("Pipeline", new WorksheetOptions { FrozenRows = 1 });
            var bold = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
            var date = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("dd/mm/yyyy") });
            await spreadsheet.AddRowAsync(Headings.Select(h => new Cell(h, bold)).ToArray());
            foreach (var row in rows)
            {
                var texts = Fields(row, _ => "").ToArray();
                var cells = texts.Select(t => new Cell(t)).ToArray();
                cells[7] = new Cell(row.EndDate.ToDateTime(TimeOnly.MinValue), date);
                cells[9] = new Cell(row.DueOn.ToDateTime(TimeOnly.MinValue), date);
                await spreadsheet.AddRowAsync(cells);
            }

            await spreadsheet.FinishAsync();
        }

        return buffer.ToArray();
    }

    private static string Iso(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static IEnumerable<string> Fields(PipelineRow r, Func<DateOnly, string> dateText) =>
    [
        r.Reference, r.Title, r.Organisation, r.ServiceArea.ToDisplayName(), r.Commissioner ?? "",
        string.Join("; ", r.Providers.Select(p => p.IsThirdSector ? p.Name + " (third sector)" : p.Name)),
        r.ThirdSectorFunded ? "Yes" : "No", dateText(r.EndDate), r.DecisionName, dateText(r.DueOn), r.IsOverdue ? "Yes" : "No",
        r.Intention.ToDisplayName(), r.Route.ToDisplayName(), r.Owner ?? "",
    ];
}
