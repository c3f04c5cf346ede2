using System.Security.Claims;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Contracts;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Audit;

/// <summary>
/// Administrators search the audit trail by person, record and date, and download what they find (issue 16, docs/security.md
/// "Audit"). Reading only: the trail itself cannot be changed through the app (AuditInterceptor.RefuseAuditChanges).
/// Each search and download is written to the application log with who asked and what for (docs/security.md says why
/// the log and not the trail).
/// </summary>
[Route("admin/audit")]
[Authorize(Policies.ManageUsers)]
public sealed class AuditController(CommissioningDbContext db, TimeProvider clock, ILogger<AuditController> logger) : Controller
{
    /// <summary>The columns of a download: one row a detail that changed, as the contract history's download, with the record.</summary>
    public static Infrastructure.Exports.ListExport<HistoryExportRow> Export { get; } =
        new Infrastructure.Exports.ListExport<HistoryExportRow>("audit-trail", "Audit trail")
            .DateTime("When", r => r.Entry.OccurredAtUtc)
            .Text("Who", r => r.Entry.Who, 26)
            .Text("Record", r => r.Entry.Record?.Name, 26)
            .Text("What", r => r.Entry.What, 40)
            .Text("Detail", r => r.Change?.Label, 30)
            .Text("Before", r => r.Change?.Old, 30)
            .Text("After", r => r.Change?.New, 30);

    [HttpGet("")]
    public async Task<IActionResult> Index(AuditFilter filter)
    {
        // Only the filters' own checks count: the page opens with no search as well as with one.
        ModelState.Clear();
        var criteria = await AuditSearch.CriteriaAsync(db, filter, ModelState);
        var types = AuditSearch.RecordTypes(db);
        var personName = filter.PersonId is { Length: > 0 } id ? await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).SingleOrDefaultAsync() : null;
        if (criteria is null)
        {
            return View(new AuditViewModel { Filter = filter, RecordTypes = types, PersonName = personName });
        }

        Log("searched", criteria);
        var (entries, page, pageCount, found) = await AuditSearch.PageAsync(db, criteria, filter.Page);
        return View(new AuditViewModel
        {
            Filter = filter, RecordTypes = types, PersonName = personName, Entries = entries, Page = page, PageCount = pageCount, Found = found, Searched = true,
        });
    }

    [HttpGet("export.csv")]
    public Task<IActionResult> Csv(AuditFilter filter) => Download(filter, csv: true);

    [HttpGet("export.xlsx")]
    public Task<IActionResult> Excel(AuditFilter filter) => Download(filter, csv: false);

    private async Task<IActionResult> Download(AuditFilter filter, bool csv)
    {
        ModelState.Clear();
        var criteria = await AuditSearch.CriteriaAsync(db, filter, ModelState);
        if (criteria is null)
        {
            // The page shows what is wrong; a download of a wrong search has nothing to give.
            return Redirect("/admin/audit" + filter.Query());
        }

        Log(csv ? "downloaded as CSV" : "downloaded as Excel", criteria);
        var rows = Rows(AuditSearch.AllAsync(db, criteria));
        return csv ? Export.Csv(rows, clock.UkToday()) : Export.Xlsx(rows, clock.UkToday());
    }

    private static async IAsyncEnumerable<HistoryExportRow> Rows(IAsyncEnumerable<HistoryEntry> entries)
    {
        await foreach (var entry in entries)
        {
            foreach (var row in HistoryExportRow.Of([entry]))
            {
                yield return row;
            }
        }
    }

    private void Log(string what, AuditCriteria criteria) =>
        logger.LogInformation(
            "Audit trail {What} by administrator {AdministratorId}: people {People}, record {RecordType} {RecordKey}, from {FromUtc} to before {BeforeUtc}",
            what, User.FindFirstValue(ClaimTypes.NameIdentifier), criteria.People is null ? "anyone" : string.Join(",", criteria.People),
            criteria.RecordType, criteria.RecordKey, criteria.FromUtc, criteria.BeforeUtc);
}
