using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Web.Features.OpenData;

/// <summary>
/// The council's contracting data as Open Contracting Data Standard 1.1 packages (issue 15, "Exports and open data";
/// docs/open-data.md): public, streamed release by release to the response, paged by release date. Releases that fail a
/// data-quality check (<see cref="OcdsQualityChecks"/>) are left out and shown to administrators on /admin/open-data.
/// </summary>
public sealed class OcdsController(
    OcdsReleases source, CommissioningDbContext db, TimeProvider clock, IOptions<OpenDataOptions> options, KeptOpenDataChecks kept) : Controller
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

    /// <summary>The releases left out, with what fails, as the checks page lists them; the page, while they are being checked.</summary>
    [Authorize(Policies.ManageUsers)]
    [HttpGet("/admin/open-data/export.csv")]
    public async Task<IActionResult> ChecksCsv(CancellationToken cancellationToken) =>
        await ChecksAsync(cancellationToken) is { Findings: { } findings } ? FailingRelease.Export.Csv(findings.Failing, clock.UkToday()) : Redirect("/admin/open-data");

    [Authorize(Policies.ManageUsers)]
    [HttpGet("/admin/open-data/export.xlsx")]
    public async Task<IActionResult> ChecksXlsx(CancellationToken cancellationToken) =>
        await ChecksAsync(cancellationToken) is { Findings: { } findings } ? FailingRelease.Export.Xlsx(findings.Failing, clock.UkToday()) : Redirect("/admin/open-data");

    private static readonly string[] ChecksVersions = [DataVersion.Register, DataVersion.Opportunities, DataVersion.Monitoring];

    /// <summary>
    /// The checks, kept by this instance against the data versions, the latest audit entry and the UK date (a return
    /// becoming late moves a release's date): made once for every administrator's request until the data changes.
    /// </summary>
    private async Task<OpenDataChecksViewModel> ChecksAsync(CancellationToken cancellationToken)
    {
        var prefix = options.Value.OcidPrefix;
        var versions = await DataVersion.ReadAsync(db, ChecksVersions, cancellationToken);
        var audited = await db.AuditEntries.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;
        var stamp = new OpenDataChecksStamp(versions[0], versions[1], versions[2], audited, clock.UkToday());
        var checks = await kept.GetWithinAsync(true, stamp, other => CheckEveryReleaseAsync(new OcdsReleases(other, clock, options), prefix, clock), TimeSpan.FromSeconds(options.Value.ChecksWaitSeconds));
        return new OpenDataChecksViewModel(prefix, checks?.Value, checks?.Current ?? false);
    }

    /// <summary>Every release, read a stretch of time at a time as the export pages them, so only the failing ones are held.</summary>
    internal static async Task<OpenDataChecks> CheckEveryReleaseAsync(OcdsReleases releases, string prefix, TimeProvider clock)
    {
        var failing = new List<FailingRelease>();
        var published = 0;
        await foreach (var release in releases.ReleasesAsync(releases.ProcessesAsync()))
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

        return new OpenDataChecks(published, failing, clock.GetUtcNow().UtcDateTime);
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

/// <summary>What the checks found: how many releases are published, those left out, and when they were made.</summary>
public sealed record OpenDataChecks(int Published, IReadOnlyList<FailingRelease> Failing, DateTime CheckedAtUtc);

/// <summary>
/// The checks page: the checks of the data as it is now (<paramref name="Current"/>), or the last made while the data as it
/// is now is being checked, or none yet (<paramref name="Findings"/> null).
/// </summary>
public sealed record OpenDataChecksViewModel(string Prefix, OpenDataChecks? Findings, bool Current)
{
    public int Published => Findings?.Published ?? 0;

    public IReadOnlyList<FailingRelease> Failing => Findings?.Failing ?? [];
}

/// <summary>What the open data checks were made against: the data versions, the latest audit entry and the UK date.</summary>
public readonly record struct OpenDataChecksStamp(long Register, long Opportunities, long Monitoring, long LatestAuditEntry, DateOnly Today);

/// <summary>The open data checks as this instance keeps them: one set, the latest made (<see cref="KeptPerVersion{TKey, TStamp, TValue}.GetWithinAsync"/>).</summary>
public sealed class KeptOpenDataChecks(IServiceScopeFactory scopes)
    : KeptPerVersion<bool, OpenDataChecksStamp, OpenDataChecks>(scopes);
