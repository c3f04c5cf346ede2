namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// The import's preview: every problem, and the rows. A region's file holds 10,000 rows (issue 12): its preview lists the
/// first <see cref="RowsListed"/> and every row with a problem, with totals of the whole file above them, rather than a
/// page of 10,000 table rows (11 MB of HTML) that nobody reads on screen and that took a second to build.
/// </summary>
public sealed record ImportPreviewViewModel(string FileName, ImportResult Result, string? Upload)
{
    public const int RowsListed = 100;

    /// <summary>The rows listed: the first <see cref="RowsListed"/>, then any later row with a problem.</summary>
    public IReadOnlyList<ImportRow> Listed { get; } = Result.Rows.Where((row, index) => index < RowsListed || row.Errors.Count > 0).ToList();

    public bool ListsEveryRow => Listed.Count == Result.Rows.Count;

    /// <summary>The annual value of the rows that give one, added up.</summary>
    public decimal TotalAnnualValue => Result.Rows.Sum(r => r.AnnualValue ?? 0m);

    /// <summary>How many rows each commissioning organisation has, largest first (rows without a known organisation are left out).</summary>
    public IReadOnlyList<(string Name, int Rows)> ByOrganisation { get; } = Tally(Result, r => r.Organisation);

    /// <summary>How many rows have each status, largest first (rows without a known status are left out).</summary>
    public IReadOnlyList<(string Name, int Rows)> ByStatus { get; } = Tally(Result, r => r.Status);

    /// <summary>How many rows have each value of <paramref name="of"/>, largest first, then by name; rows without one are left out.</summary>
    private static List<(string Name, int Rows)> Tally(ImportResult result, Func<ImportRow, string?> of) =>
        result.Rows.Select(of).OfType<string>().GroupBy(name => name)
            .Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
}
