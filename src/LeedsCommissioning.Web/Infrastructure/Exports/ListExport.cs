using System.Globalization;
using CsvHelper;
using LeedsCommissioning.Domain.Common;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace LeedsCommissioning.Web.Infrastructure.Exports;

/// <summary>What a column holds, which decides how it is written: text as it is, numbers and money as numbers (money
/// formatted in pounds in Excel), dates as UK dates, instants in UK time.</summary>
public enum ExportColumnKind
{
    Text,
    Number,
    Money,
    Date,
    DateTime,
}

/// <summary>One column of a download: its heading, its kind and how to read it from a row.</summary>
public sealed record ExportColumn<T>(string Heading, ExportColumnKind Kind, Func<T, object?> Value, double Width);

/// <summary>
/// A list's download, declared once per list (docs/adr/0007-csv-and-excel.md): the columns with their headings and kinds,
/// then <see cref="Csv"/> or <see cref="Xlsx"/> return a result that writes the rows straight to the response as they
/// are read, never building the file in memory. CSV: CsvHelper, UTF-8 with a byte order mark (so Excel reads "£"), cells
/// that start like a formula escaped, dates dd/MM/yyyy, money with two decimals. Excel: SpreadCheetah, a bold frozen
/// header row, typed cells (numbers, pounds as £#,##0.00, dates as dd/mm/yyyy), and column widths.
/// <code>
/// static readonly ListExport&lt;Row&gt; Export = new ListExport&lt;Row&gt;("contracts", "Contracts")
///     .Text("Reference", r =&gt; r.Reference).Money("Annual value (£)", r =&gt; r.AnnualValue).Date("End date", r =&gt; r.End);
/// return Export.Csv(query.AsAsyncEnumerable(), clock.UkToday());
/// </code>
/// </summary>
public sealed class ListExport<T>(string fileName, string sheetName)
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private readonly List<ExportColumn<T>> columns = [];

    /// <summary>The start of the file's name, before the date: "contracts" gives contracts-2026-11-26.csv.</summary>
    public string FileName { get; } = fileName;

    public string SheetName { get; } = sheetName;

    public IReadOnlyList<ExportColumn<T>> Columns => columns;

    public IReadOnlyList<string> Headings => columns.Select(c => c.Heading).ToList();

    public ListExport<T> Text(string heading, Func<T, string?> value, double width = 30) =>
        Add(heading, ExportColumnKind.Text, r => value(r), width);

    /// <summary>"Yes", "No", or empty when not known.</summary>
    public ListExport<T> YesNo(string heading, Func<T, bool?> value, double width = 12) =>
        Add(heading, ExportColumnKind.Text, r => value(r) switch { true => "Yes", false => "No", null => null }, width);

    public ListExport<T> Number(string heading, Func<T, decimal?> value, double width = 12) =>
        Add(heading, ExportColumnKind.Number, r => value(r), width);

    /// <summary>Pounds: 1234.50 in the CSV, £1,234.50 in Excel (a number formatted as money).</summary>
    public ListExport<T> Money(string heading, Func<T, decimal?> value, double width = 18) =>
        Add(heading, ExportColumnKind.Money, r => value(r), width);

    /// <summary>A UK date: 26/11/2026.</summary>
    public ListExport<T> Date(string heading, Func<T, DateOnly?> value, double width = 14) =>
        Add(heading, ExportColumnKind.Date, r => value(r), width);

    /// <summary>An instant stored in UTC, written in UK time: 26/11/2026 10:00.</summary>
    public ListExport<T> DateTime(string heading, Func<T, DateTime?> utc, double width = 18) =>
        Add(heading, ExportColumnKind.DateTime, r => utc(r), width);

    public string FileNameOn(DateOnly today, string extension) =>
        $"{FileName}-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";

    public IActionResult Csv(IAsyncEnumerable<T> rows, DateOnly today) =>
        new ListExportResult(CsvContentType, FileNameOn(today, "csv"), (body, ct) => WriteCsvAsync(body, rows, ct));

    public IActionResult Csv(IEnumerable<T> rows, DateOnly today) => Csv(Async(rows), today);

    public IActionResult Xlsx(IAsyncEnumerable<T> rows, DateOnly today) =>
        new ListExportResult(XlsxContentType, FileNameOn(today, "xlsx"), (body, ct) => WriteXlsxAsync(body, rows, ct));

    public IActionResult Xlsx(IEnumerable<T> rows, DateOnly today) => Xlsx(Async(rows), today);

    /// <summary>The CSV, row by row; CsvHelper flushes its buffer to <paramref name="body"/> as it fills.</summary>
    public async Task WriteCsvAsync(Stream body, IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(body, new CsvWriterOptions
        {
            WriteByteOrderMark = true,
            // A title starting with "=" must not run as a formula when the file is opened in a spreadsheet.
            Injection = CsvInjection.Escape,
            FormatProvider = CultureInfo.InvariantCulture,
        }, leaveOpen: true);
        foreach (var column in columns)
        {
            csv.WriteField(column.Heading);
        }

        await csv.EndRecordAsync(cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var column in columns)
            {
                WriteCsvField(csv, column, column.Value(row));
            }

            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>The workbook, row by row; SpreadCheetah writes each buffer-full to <paramref name="body"/>.</summary>
    public async Task WriteXlsxAsync(Stream body, IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        await using var output = new AsyncOnlyStream(body);
        await WriteWorkbookAsync(output, rows, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    private async Task WriteWorkbookAsync(AsyncOnlyStream body, IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(body, cancellationToken: cancellationToken);
        var options = new WorksheetOptions { FrozenRows = 1 };
        for (var i = 0; i < columns.Count; i++)
        {
            options.Column(i + 1).Width = columns[i].Width;
        }

        await spreadsheet.StartWorksheetAsync(SheetName, options, cancellationToken);
        var bold = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
        var money = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("£#,##0.00") });
        var date = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("dd/mm/yyyy") });
        var dateTime = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("dd/mm/yyyy hh:mm") });
        await spreadsheet.AddRowAsync(columns.Select(c => new Cell(c.Heading, bold)).ToArray(), cancellationToken);
        var cells = new Cell[columns.Count];
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            for (var i = 0; i < columns.Count; i++)
            {
                cells[i] = (columns[i].Kind, columns[i].Value(row)) switch
                {
                    (_, null) => new Cell(""),
                    (ExportColumnKind.Number, var v) => new Cell(Convert.ToDecimal(v, CultureInfo.InvariantCulture)),
                    (ExportColumnKind.Money, var v) => new Cell(Convert.ToDecimal(v, CultureInfo.InvariantCulture), money),
                    (ExportColumnKind.Date, DateOnly d) => new Cell(d.ToDateTime(TimeOnly.MinValue), date),
                    (ExportColumnKind.DateTime, DateTime utc) => new Cell(UkTime.ToUk(utc), dateTime),
                    (_, var v) => new Cell(Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""),
                };
            }

            await spreadsheet.AddRowAsync(cells, cancellationToken);
        }

        await spreadsheet.FinishAsync(cancellationToken);
    }

    private ListExport<T> Add(string heading, ExportColumnKind kind, Func<T, object?> value, double width)
    {
        columns.Add(new ExportColumn<T>(heading, kind, value, width));
        return this;
    }

    private static void WriteCsvField(CsvWriter csv, ExportColumn<T> column, object? value)
    {
        switch (column.Kind, value)
        {
            case (_, null):
                csv.WriteField("");
                break;
            case (ExportColumnKind.Number, var v):
                // Typed, so a negative number is not mistaken for a formula and escaped.
                csv.WriteField(Convert.ToDecimal(v, CultureInfo.InvariantCulture), "0.##########", CultureInfo.InvariantCulture);
                break;
            case (ExportColumnKind.Money, var v):
                csv.WriteField(Convert.ToDecimal(v, CultureInfo.InvariantCulture), "0.00", CultureInfo.InvariantCulture);
                break;
            case (ExportColumnKind.Date, DateOnly d):
                csv.WriteField(d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
                break;
            case (ExportColumnKind.DateTime, DateTime utc):
                csv.WriteField(UkTime.ToUk(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture));
                break;
            default:
                csv.WriteField(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                break;
        }
    }

    private static async IAsyncEnumerable<T> Async(IEnumerable<T> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }
}

/// <summary>Sends a download: the headers first (type, attachment with the file's name), then the body as it is written.</summary>
public sealed class ListExportResult(string contentType, string fileName, Func<Stream, CancellationToken, Task> write) : IActionResult
{
    public string ContentType { get; } = contentType;

    public string FileName { get; } = fileName;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = ContentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        context.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await write(response.Body, context.HttpContext.RequestAborted);
    }
}
