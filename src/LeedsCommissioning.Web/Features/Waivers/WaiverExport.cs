using System.Globalization;
using System.Text;
using CsvHelper;
using LeedsCommissioning.Domain.Waivers;
using SpreadCheetah;

namespace LeedsCommissioning.Web.Features.Waivers;

/// <summary>CSV (CsvHelper) and Excel (SpreadCheetah) downloads of the filtered register (docs/adr/0007-exports-and-pdf.md).</summary>
public static class WaiverExport
{
    public static IReadOnlyList<string> Headings { get; } =
    [
        "Id", "Version", "Subject", "Status", "Directorate", "Supplier", "New supplier", "Value (£)", "Term (months)",
        "Date", "Decided on", "Decision maker", "Superseded",
    ];

    public static byte[] Csv(IEnumerable<WaiverRow> rows)
    {
        using var memory = new MemoryStream();
        using (var writer = new StreamWriter(memory, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions
               {
                   FormatProvider = CultureInfo.InvariantCulture,
                   // A subject starting with "=" must not run as a formula when the file is opened in Excel.
                   Injection = CsvInjection.Escape,
               }, leaveOpen: true))
        {
            foreach (var heading in Headings)
            {
                csv.WriteField(heading);
            }

            csv.EndRecord();
            foreach (var row in rows)
            {
                foreach (var field in Fields(row))
                {
                    csv.WriteField(field);
                }

                csv.EndRecord();
            }
        }

        return memory.ToArray();
    }

    public static async Task<byte[]> XlsxAsync(IEnumerable<WaiverRow> rows)
    {
        using var memory = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(memory))
        {
            await spreadsheet.StartWorksheetAsync("CPR waivers");
            await spreadsheet.AddRowAsync(Headings.Select(h => new Cell(h)).ToArray());
            foreach (var row in rows)
            {
                await spreadsheet.AddRowAsync(new[]
                {
                    new Cell(row.Id), new Cell(row.VersionNumber), new Cell(row.Subject), new Cell(row.Status.ToDisplayName()),
                    new Cell(row.Directorate ?? ""), new Cell(row.Supplier ?? ""), new Cell(row.NewSupplier ? "Yes" : "No"),
                    row.Value is { } v ? new Cell(v) : new Cell(""), row.TermMonths is { } t ? new Cell(t) : new Cell(""),
                    new Cell(Iso(row.RegisterDate)), new Cell(row.DecidedOn is { } d ? Iso(d) : ""),
                    new Cell(row.DecisionMaker ?? ""), new Cell(row.IsSuperseded ? "Yes" : "No"),
                });
            }

            await spreadsheet.FinishAsync();
        }

        return memory.ToArray();
    }

    private static IEnumerable<string> Fields(WaiverRow row) =>
    [
        row.Id.ToString(CultureInfo.InvariantCulture), row.VersionNumber.ToString(CultureInfo.InvariantCulture), row.Subject,
        row.Status.ToDisplayName(), row.Directorate ?? "", row.Supplier ?? "", row.NewSupplier ? "Yes" : "No",
        row.Value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "", row.TermMonths?.ToString(CultureInfo.InvariantCulture) ?? "",
        Iso(row.RegisterDate), row.DecidedOn is { } d ? Iso(d) : "", row.DecisionMaker ?? "", row.IsSuperseded ? "Yes" : "No",
    ];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
