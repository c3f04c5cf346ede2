using System.Globalization;
using LeedsCommissioning.Web.Infrastructure.Exports;

namespace LeedsCommissioning.Web.Tests.Exports;

/// <summary>The one list-export helper (ListExport): what each kind of column writes in CSV and in Excel.</summary>
public sealed class Writing_a_list_export
{
    private sealed record Row(string Name, decimal Count, decimal? Amount, DateOnly? On, DateTime? AtUtc, bool? Flag);

    private static readonly ListExport<Row> Export = new ListExport<Row>("things", "Things")
        .Text("Name", r => r.Name, 40)
        .Number("Count", r => r.Count)
        .Money("Amount (£)", r => r.Amount)
        .Date("On", r => r.On)
        .DateTime("At", r => r.AtUtc)
        .YesNo("Flag", r => r.Flag);

    private static readonly Row[] Rows =
    [
        new("=HYPERLINK(\"http://example.com\",\"Click\")", -3, 1234.5m, new DateOnly(2026, 11, 26), new DateTime(2026, 7, 1, 9, 0, 0, DateTimeKind.Utc), true),
        new("Café £ and \"quotes\", commas", 12, null, null, new DateTime(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc), null),
    ];

    private static async IAsyncEnumerable<Row> Each()
    {
        foreach (var row in Rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    private static async Task<byte[]> CsvAsync()
    {
        using var stream = new MemoryStream();
        await Export.WriteCsvAsync(stream, Each(), CancellationToken.None);
        return stream.ToArray();
    }

    [Fact]
    public async Task the_csv_has_a_byte_order_mark_the_headings_and_each_kind_written_the_uk_way()
    {
        var bytes = await CsvAsync();

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var (headings, rows) = ExportFiles.Csv(bytes);
        Assert.Equal(["Name", "Count", "Amount (£)", "On", "At", "Flag"], headings);
        Assert.Equal(["-3", "1234.50", "26/11/2026", "01/07/2026 10:00", "Yes"], rows[0][1..]);
        Assert.Equal(["Café £ and \"quotes\", commas", "12", "", "", "26/11/2026 10:00", ""], rows[1]);
    }

    [Fact]
    public async Task a_cell_that_starts_like_a_formula_is_escaped_so_a_spreadsheet_shows_it_as_text()
    {
        var (_, rows) = ExportFiles.Csv(await CsvAsync());

        Assert.Equal("'=HYPERLINK(\"http://example.com\",\"Click\")", rows[0][0]);
    }

    [Fact]
    public async Task the_workbook_opens_with_a_bold_header_typed_cells_money_and_date_formats_and_column_widths()
    {
        using var stream = new MemoryStream();
        await Export.WriteXlsxAsync(stream, Each(), CancellationToken.None);

        var (rows, sheet, styles) = ExportFiles.Xlsx(stream.ToArray());
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Name", "Count", "Amount (£)", "On", "At", "Flag"], rows[0].Elements(ExportFiles.Sheet + "c").Select(c => c.Value));
        var first = rows[1].Elements(ExportFiles.Sheet + "c").ToList();
        Assert.Equal("=HYPERLINK(\"http://example.com\",\"Click\")", first[0].Value);
        Assert.Null(first[0].Element(ExportFiles.Sheet + "f"));
        // Numbers are numbers (no text type), money carries a style, dates are serial numbers with a date style.
        Assert.Null(first[1].Attribute("t"));
        Assert.Equal(-3m, decimal.Parse(first[1].Value, CultureInfo.InvariantCulture));
        Assert.Equal(1234.5m, decimal.Parse(first[2].Value, CultureInfo.InvariantCulture));
        Assert.NotNull(first[2].Attribute("s"));
        Assert.Equal(new DateTime(2026, 11, 26).ToOADate(), double.Parse(first[3].Value, CultureInfo.InvariantCulture));
        Assert.Equal(new DateTime(2026, 7, 1, 10, 0, 0).ToOADate(), double.Parse(first[4].Value, CultureInfo.InvariantCulture), 6);
        Assert.Equal("Yes", first[5].Value);
        Assert.Contains("£#,##0.00", styles, StringComparison.Ordinal);
        Assert.Contains("dd/mm/yyyy", styles, StringComparison.Ordinal);
        Assert.Contains("<b", styles, StringComparison.Ordinal);
        var widths = sheet.Descendants(ExportFiles.Sheet + "col").Select(c => (string?)c.Attribute("width")).ToList();
        Assert.Contains("40", widths);
    }

    [Fact]
    public async Task a_long_list_is_written_to_a_response_that_takes_only_asynchronous_writes_as_it_is_read()
    {
        using var response = new AsynchronousOnly();

        await Export.WriteXlsxAsync(response, Many(5000), CancellationToken.None);
        var workbookWrites = response.Writes;
        using var csv = new AsynchronousOnly();
        await Export.WriteCsvAsync(csv, Many(5000), CancellationToken.None);

        Assert.Equal(5001, ExportFiles.Xlsx(response.ToArray()).Rows.Count);
        Assert.True(workbookWrites > 2, $"The workbook came in {workbookWrites} writes: it was built in memory, not streamed");
        Assert.Equal(5000, ExportFiles.Csv(csv.ToArray()).Rows.Count);
        Assert.True(csv.Writes > 2, $"The CSV came in {csv.Writes} writes: it was built in memory, not streamed");
    }

    private static async IAsyncEnumerable<Row> Many(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return new Row($"Row {i} with some words to fill the buffer", i, i * 10.5m, new DateOnly(2026, 11, 26), DateTime.UtcNow, i % 2 == 0);
        }
    }

    /// <summary>Like Kestrel's response body: a synchronous write fails.</summary>
    private sealed class AsynchronousOnly : Stream
    {
        private readonly MemoryStream written = new();

        public int Writes { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public byte[] ToArray() => written.ToArray();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes++;
            written.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                written.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    [Fact]
    public void the_file_is_named_after_the_list_and_the_uk_date()
    {
        Assert.Equal("things-2026-11-26.csv", Export.FileNameOn(new DateOnly(2026, 11, 26), "csv"));
    }
}
