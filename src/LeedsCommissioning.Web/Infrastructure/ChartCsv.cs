using System.Globalization;
using CsvHelper;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// The download of one chart's figures (docs/patterns.md, "Charts"): the same rows and columns as the chart's table,
/// with the unit in each figure's heading ("Spend (£)") and the figures unformatted (1300000.00, 30.5), so a spreadsheet
/// reads them as numbers. UTF-8 with a byte order mark and formula-like cells escaped, as the register's downloads are.
/// </summary>
public static class ChartCsv
{
    public static async Task<byte[]> WriteAsync(ChartModel chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteRecord([chart.CategoryHeading, .. chart.Series.Select(s => $"{s.Name} ({chart.UnitText})")]);
            for (var row = 0; row < chart.Labels.Count; row++)
            {
                var r = row;
                csv.WriteRecord([chart.Labels[r], .. chart.Series.Select(s => Figure(r < s.Values.Count ? s.Values[r] : null))]);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The file name for a chart's download: "dashboard-spend-by-funder-2026-11-26.csv".</summary>
    public static string FileName(string prefix, ChartModel chart, DateOnly today) =>
        $"{prefix}-{chart.Id}-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";

    private static string Figure(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
