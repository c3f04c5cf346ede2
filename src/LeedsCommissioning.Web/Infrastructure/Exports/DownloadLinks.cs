namespace LeedsCommissioning.Web.Infrastructure.Exports;

/// <summary>
/// The links under a list to download it as CSV and as an Excel workbook, with the list's filters
/// (<c>&lt;partial name="_Downloads" model="…" /&gt;</c>, Features/Shared/_Downloads.cshtml; docs/patterns.md "Downloads").
/// <paramref name="Path"/> is the list's export path without the extension ("/contracts/export"), <paramref name="Query"/>
/// the filters as a query string ("?serviceArea=…", or empty), <paramref name="What"/> the list, read after "file of" by
/// a screen reader ("the contracts register"), <paramref name="Lead"/> the words before the links, and
/// <paramref name="IdPrefix"/> what the links' ids start with when a page has more than one list to download
/// ("rated-red" gives "rated-red-download-csv"; none gives "download-csv").
/// </summary>
public sealed record DownloadLinks(string Path, string Query, string What, string Lead = "Download this list", string? IdPrefix = null)
{
    public string CsvId => IdPrefix is null ? "download-csv" : IdPrefix + "-download-csv";

    public string XlsxId => IdPrefix is null ? "download-xlsx" : IdPrefix + "-download-xlsx";

    public string CsvHref => $"{Path}.csv{Query}";

    public string XlsxHref => $"{Path}.xlsx{Query}";

    /// <summary>"Download these 12 contracts", "Download this contract".</summary>
    public static string These(int count, string one, string many) =>
        count == 1 ? $"Download this {one}" : $"Download these {count} {many}";
}
