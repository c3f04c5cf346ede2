using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Web.Features.OpenData;

/// <summary>
/// The council's contracting data as Open Contracting Data Standard 1.1 packages (issue 15, "Exports and open data";
/// docs/open-data.md): public, streamed release by release to the response, paged by release date. Releases that fail a
/// data-quality check (<see cref="OcdsQualityChecks"/>) are left out and shown to administrators on /admin/open-data.
/// </summary>
public sealed class OcdsController(OcdsReleases source, TimeProvider clock, IOptions<OpenDataOptions> options) : Controller
{
    /// <summary>The lots extension, declared when a release on the page has lots.</summary>
    public const string LotsExtension = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json";

    /// <summary>The bid statistics and details extension, declared when a release on the page has bid statistics (statistics only).</summary>
    public const string BidsExtension = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/master/extension.json";

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    [AllowAnonymous]
    [HttpGet("/ocds/releases")]
    public Task<IActionResult> Releases(string? since, string? until, string? after, CancellationToken cancellationToken) =>
        PackageAsync(records: false, since, until, after, cancellationToken);

    [AllowAnonymous]
    [HttpGet("/ocds/records")]
    public Task<IActionResult> Records(string? since, string? until, string? after, CancellationToken cancellationToken) =>
        PackageAsync(records: true, since, until, after, cancellationToken);

    /// <summary>What fails the data-quality checks, for administrators to put right.</summary>
    [Authorize(Policies.ManageUsers)]
    [HttpGet("/admin/open-data")]
    public async Task<IActionResult> Checks(CancellationToken cancellationToken) => View("Checks", await ChecksAsync(cancellationToken));

    /// <summary>The releases left out, with what fails, as the checks page lists them.</summary>
    [Authorize(Policies.ManageUsers)]
    [HttpGet("/admin/open-data/export.csv")]
    public async Task<IActionResult> ChecksCsv(CancellationToken cancellationToken) =>
        FailingRelease.Export.Csv((await ChecksAsync(cancellationToken)).Failing, clock.UkToday());

    [Authorize(Policies.ManageUsers)]
    [HttpGet("/admin/open-data/export.xlsx")]
    public async Task<IActionResult> ChecksXlsx(CancellationToken cancellationToken) =>
        FailingRelease.Export.Xlsx((await ChecksAsync(cancellationToken)).Failing, clock.UkToday());

    private async Task<OpenDataChecksViewModel> ChecksAsync(CancellationToken cancellationToken)
    {
        var prefix = options.Value.OcidPrefix;
        // Every release, read a stretch of time at a time as the export pages them, so only the failing ones are held.
        var processes = source.ProcessesAsync(cancellationToken: cancellationToken);
        var failing = new List<FailingRelease>();
        var published = 0;
        await foreach (var release in source.ReleasesAsync(processes, cancellationToken))
        {
            var problems = OcdsQualityChecks.Problems(release, prefix);
            if (problems.Count == 0)
            {
                published++;
            }
            else
            {
                failing.Add(new FailingRelease(release.Ocid, release.Title, release.Date, problems));
            }
        }

        return new OpenDataChecksViewModel(prefix, published, failing);
    }

    private async Task<IActionResult> PackageAsync(bool records, string? since, string? until, string? after, CancellationToken cancellationToken)
    {
        var from = ParseInstant(since, nameof(since));
        var to = ParseInstant(until, nameof(until));
        if (!ModelState.IsValid)
        {
            return ValidationProblem(ModelState);
        }

        var prefix = options.Value.OcidPrefix;
        var pageSize = options.Value.PageSize;
        // Only the processes dated after the page's since (and after) and before its until are read, as they are written.
        var processes = source.ProcessesAsync(from, after, to, cancellationToken);

        Response.ContentType = "application/json; charset=utf-8";
        // The writer fills the response's pipe; each release is flushed to the client as soon as it is written, so the package
        // is never held in memory whole.
        await using var writer = new Utf8JsonWriter(Response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteString("uri", $"{Request.Scheme}://{Request.Host}{Request.Path}{Request.QueryString}");
        writer.WriteString("version", "1.1");
        writer.WriteString("publishedDate", clock.GetUtcNow().UtcDateTime);
        writer.WriteStartObject("publisher");
        writer.WriteString("name", options.Value.PublisherName);
        writer.WriteEndObject();
        writer.WriteStartArray(records ? "records" : "releases");
        var written = 0;
        var hasLots = false;
        var hasBids = false;
        OcdsRelease? last = null;
        var more = false;
        await foreach (var release in source.ReleasesAsync(processes, cancellationToken))
        {
            if (OcdsQualityChecks.Problems(release, prefix).Count > 0)
            {
                continue;
            }

            if (written == pageSize)
            {
                more = true;
                break;
            }

            hasLots |= release.Tender?.Lots is { Count: > 0 };
            hasBids |= release.Bids is not null;
            if (records)
            {
                writer.WriteStartObject();
                writer.WriteString("ocid", release.Ocid);
                writer.WritePropertyName("releases");
                writer.WriteStartArray();
                JsonSerializer.Serialize(writer, release, JsonOptions);
                writer.WriteEndArray();
                writer.WritePropertyName("compiledRelease");
                JsonSerializer.Serialize(writer, release, JsonOptions);
                writer.WriteEndObject();
            }
            else
            {
                JsonSerializer.Serialize(writer, release, JsonOptions);
            }

            written++;
            last = release;
            writer.Flush();
            await Response.BodyWriter.FlushAsync(cancellationToken);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("extensions");
        if (hasLots)
        {
            writer.WriteStringValue(LotsExtension);
        }

        if (hasBids)
        {
            writer.WriteStringValue(BidsExtension);
        }

        writer.WriteEndArray();
        if (more && last is not null)
        {
            var query = new Dictionary<string, string?>
            {
                ["since"] = last.Date.ToString("O", CultureInfo.InvariantCulture),
                ["after"] = last.Ocid,
            };
            if (to is { } t)
            {
                query["until"] = t.ToString("O", CultureInfo.InvariantCulture);
            }

            writer.WriteStartObject("links");
            writer.WriteString("next", Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"{Request.Scheme}://{Request.Host}{Request.Path}", query));
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.Flush();
        await Response.BodyWriter.FlushAsync(cancellationToken);
        return new EmptyResult();
    }

    /// <summary>"2026-01-01" (the start of that day, UTC) or an ISO 8601 instant; anything else is a field error.</summary>
    private DateTime? ParseInstant(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTime.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant))
        {
            return DateTime.SpecifyKind(instant, DateTimeKind.Utc);
        }

        ModelState.AddModelError(field, $"Enter {field} as a date like 2026-01-01 or a date and time like 2026-01-01T09:30:00Z");
        return null;
    }
}

public sealed record FailingRelease(string Ocid, string Title, DateTime DateUtc, IReadOnlyList<string> Problems)
{
    /// <summary>The releases left out of the open data, one row each as /admin/open-data lists them (docs/patterns.md "Downloads").</summary>
    public static Infrastructure.Exports.ListExport<FailingRelease> Export { get; } =
        new Infrastructure.Exports.ListExport<FailingRelease>("open-data-checks", "Releases left out")
            .Text("Ocid", r => r.Ocid, 34)
            .Text("Title", r => r.Title, 50)
            .DateTime("Release date", r => r.DateUtc)
            .Text("What fails", r => string.Join("; ", r.Problems), 80);
}

public sealed record OpenDataChecksViewModel(string Prefix, int Published, IReadOnlyList<FailingRelease> Failing);
