using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace LeedsCommissioning.Benchmarks;

public sealed record ImportResult(int Rows, long FileBytes, TimeSpan? Elapsed, string Outcome, bool Imported)
{
    public bool Met => Imported && Elapsed <= Targets.Import;
}

/// <summary>
/// The register import through its real pages (docs/contracts-import.md): a valid CSV of live contracts, each
/// with a lead provider from the directory and funding that adds up, uploaded, previewed and confirmed as a
/// commissioner does, timed from the upload to the confirmation's redirect.
/// </summary>
public static partial class Import
{
    public static async Task<ImportResult> RunAsync(Session commissioner, int rows, CancellationToken cancellationToken)
    {
        var providers = Scenarios.ProviderLink().Matches(await commissioner.Http.GetStringAsync(new Uri("/providers", UriKind.Relative), cancellationToken))
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(n => !n.Contains('"', StringComparison.Ordinal)).Distinct().ToList();
        if (providers.Count == 0)
        {
            return new ImportResult(rows, 0, null, "no provider to name as the lead: the directory is empty", false);
        }

        var batch = DateTime.UtcNow.ToString("MMddHHmmss", CultureInfo.InvariantCulture);
        var csv = Csv(rows, batch, providers);
        var bytes = Encoding.UTF8.GetBytes(csv);
        var token = await commissioner.TokenAsync("/contracts/import", cancellationToken);

        var watch = Stopwatch.StartNew();
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        form.Add(file, "File", "bench-import.csv");
        using var preview = await commissioner.Http.PostAsync(new Uri("/contracts/import", UriKind.Relative), form, cancellationToken);
        var html = await preview.Content.ReadAsStringAsync(cancellationToken);
        if (preview.StatusCode != HttpStatusCode.OK)
        {
            return new ImportResult(rows, bytes.Length, null, $"the upload answered {(int)preview.StatusCode}", false);
        }

        if (UploadField().Match(html) is not { Success: true } upload)
        {
            var problem = ErrorSummary().Match(html) is { Success: true } error ? Scenarios.Clean(error.Groups[1].Value) : "no preview to confirm";
            return new ImportResult(rows, bytes.Length, null, $"refused at upload: \"{problem}\"", false);
        }

        using var confirm = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["upload"] = WebUtility.HtmlDecode(upload.Groups[1].Value),
            ["__RequestVerificationToken"] = Session.Token(html) ?? "",
        });
        using var confirmed = await commissioner.Http.PostAsync(new Uri("/contracts/import/confirm", UriKind.Relative), confirm, cancellationToken);
        watch.Stop();
        if (confirmed.StatusCode != HttpStatusCode.Redirect || confirmed.Headers.Location?.OriginalString != "/contracts")
        {
            return new ImportResult(rows, bytes.Length, watch.Elapsed, $"the confirmation answered {(int)confirmed.StatusCode} {confirmed.Headers.Location}", false);
        }

        // The register must now hold them all.
        var register = await commissioner.Http.GetStringAsync(new Uri($"/contracts?search=IMP-{batch}", UriKind.Relative), cancellationToken);
        var shows = Scenarios.Text("id=\"totals\">(.*?)</h2>")(register) ?? "";
        var imported = shows.StartsWith(rows.ToString(CultureInfo.InvariantCulture) + " ", StringComparison.Ordinal);
        return new ImportResult(rows, bytes.Length, watch.Elapsed, imported ? $"the register then shows \"{shows}\"" : $"confirmed, but the register shows \"{shows}\"", imported);
    }

    /// <summary>Live contracts in the template's columns, each led by a provider from the directory and funded in full.</summary>
    public static string Csv(int rows, string batch, IReadOnlyList<string> providers)
    {
        var csv = new StringBuilder("Reference,Title,Description,Service area,Commissioning organisation,Responsible commissioner,Agreement type,Payment mechanism,Procurement route,Status,Start date,Initial end date,Annual value,Lead provider,Partners,Subcontractors,Funding,Extensions\n");
        string[] areas = ["Support in the community", "Support to live independently", "\"Universal, prevention and early intervention\""];
        for (var i = 1; i <= rows; i++)
        {
            var value = 20_000 + (i * 37 % 400) * 1_000;
            csv.Append(CultureInfo.InvariantCulture, $"IMP-{batch}-{i:00000},Community support service {i},,{areas[i % areas.Length]},LCC-AH,,Contract,Block,Open tender,Live,01/04/2026,31/03/2029,{value},\"{providers[i % providers.Count]}\",,,LCC-AH | LCC budget | {value},\n");
        }

        return csv.ToString();
    }

    [GeneratedRegex("name=\"upload\" value=\"([^\"]+)\"")]
    private static partial Regex UploadField();

    [GeneratedRegex("govuk-error-summary__list\">(.*?)</ul>", RegexOptions.Singleline)]
    private static partial Regex ErrorSummary();
}

public sealed record ExportResult(string Path, long Bytes, TimeSpan Elapsed, long RssBefore, long RssPeak, long RssAfter, int Pages = 1, bool Complete = true)
{
    public long Growth => RssPeak - RssBefore;

    public bool Met => Complete && Growth <= Targets.ExportGrowthBytes;
}

/// <summary>The OCDS export of every contract (issue 15 builds it): downloaded whole while the portal's memory is watched.</summary>
public static class OcdsExport
{
    public static readonly string[] Candidates = ["/ocds/releases", "/ocds/releases.json", "/ocds/release-package.json", "/api/ocds/releases"];

    /// <summary>
    /// How long the harness follows the export's pages before it reports it as not complete: long enough for the whole
    /// export of a region (about 1,160 pages at 100,000 contracts), since the target is its memory, not its time.
    /// </summary>
    public static readonly TimeSpan MaxTime = TimeSpan.FromMinutes(20);

    public static async Task<(ExportResult? Result, string? NotBuilt)> RunAsync(Served app, Session commissioner, CancellationToken cancellationToken)
    {
        foreach (var path in Candidates)
        {
            await Task.Delay(500, cancellationToken);
            var before = app.CurrentRssBytes;
            app.StartWindow();
            var watch = Stopwatch.StartNew();
            using var response = await commissioner.Http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }

            // A package is one page of releases with a link to the next (OCDS "links.next"): the whole export is every page,
            // followed until there is no next link, or until the time allowed runs out (then reported as not complete).
            long bytes = 0;
            var pages = 0;
            string? next = null;
            var page = response;
            while (true)
            {
                var body = await page.Content.ReadAsByteArrayAsync(cancellationToken);
                bytes += body.Length;
                pages++;
                using (var json = System.Text.Json.JsonDocument.Parse(body))
                {
                    next = json.RootElement.TryGetProperty("links", out var links) && links.TryGetProperty("next", out var link) ? link.GetString() : null;
                }

                if (page != response)
                {
                    page.Dispose();
                }

                if (next is null || watch.Elapsed > MaxTime)
                {
                    break;
                }

                page = await commissioner.Http.GetAsync(new Uri(next, UriKind.Absolute), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                if (page.StatusCode != HttpStatusCode.OK)
                {
                    break;
                }
            }

            watch.Stop();
            await Task.Delay(200, cancellationToken);
            return (new ExportResult(path, bytes, watch.Elapsed, before, app.WindowMaxRssBytes, app.CurrentRssBytes, pages, next is null), null);
        }

        return (null, $"not built yet: none of {string.Join(", ", Candidates)} answers 200");
    }
}
