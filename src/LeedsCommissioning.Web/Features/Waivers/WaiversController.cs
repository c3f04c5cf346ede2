using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Waivers;

/// <summary>
/// CPR waivers (issue 5; domain.md section 4): the register, its downloads, a waiver's page and its decision
/// report (HTML for print, and PDF). Drafting, submitting, deciding and creating the contract have their own controllers.
/// </summary>
public sealed class WaiversController(CommissioningDbContext db, DecisionRules rules, TimeProvider clock, IAuthorizationService authorization)
    : WaiverControllerBase(db, rules, clock, authorization)
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] WaiverFilter filter)
    {
        filter.Page = Math.Max(1, filter.Page);
        var query = Db.CprWaivers.AsNoTracking().Matching(filter);
        var model = new WaiversIndexViewModel { Filter = filter, TotalCount = await query.CountAsync() };
        model.Rows = await query.OrderByDescending(w => w.RegisterDate).ThenByDescending(w => w.Id)
            .Skip((filter.Page - 1) * model.PageSize).Take(model.PageSize).ToRows().ToListAsync();
        model.FilteredValue = (await query.Select(w => w.Value).ToListAsync()).Sum(v => v ?? 0);

        // "How much spend avoided competition": approved waivers, counting a corrected waiver once (its latest approved version).
        var approved = await Db.CprWaivers.AsNoTracking()
            .Where(w => w.Status == WaiverStatus.Approved
                && !Db.CprWaivers.Any(n => n.PreviousVersionId == w.Id && n.Status == WaiverStatus.Approved))
            .Select(w => new { w.RegisterDate, w.Value }).ToListAsync();
        model.ApprovedByYear = approved.GroupBy(a => a.RegisterDate.Year).OrderByDescending(g => g.Key)
            .Select(g => new YearTotal(g.Key, g.Count(), g.Sum(a => a.Value ?? 0))).ToList();
        model.Years = (await Db.CprWaivers.AsNoTracking().Select(w => w.RegisterDate).ToListAsync())
            .Select(d => d.Year).Distinct().OrderDescending().ToList();
        model.OrganisationOptions = await Organisations();
        return View(model);
    }

    [HttpGet("export.csv")]
    public IActionResult ExportCsv([FromQuery] WaiverFilter filter) => WaiverExport.Columns.Csv(ExportRows(filter), Today);

    [HttpGet("export.xlsx")]
    public IActionResult ExportXlsx([FromQuery] WaiverFilter filter) => WaiverExport.Columns.Xlsx(ExportRows(filter), Today);

    [HttpGet("{id}")]
    public async Task<IActionResult> Details(int id)
    {
        var waiver = await Load(id, tracked: false);
        if (waiver is null)
        {
            return NotFound();
        }

        var root = waiver.FirstVersionId ?? waiver.Id;
        var versions = await Db.CprWaivers.AsNoTracking().Where(w => w.Id == root || w.FirstVersionId == root)
            .OrderBy(w => w.VersionNumber)
            .Select(w => new WaiverVersionRow(w.Id, w.VersionNumber, w.Status, w.RegisterDate, w.Decision.OutcomeOn)).ToListAsync();
        return View(new WaiverDetailsViewModel
        {
            Waiver = waiver,
            Missing = waiver.IsEditable ? waiver.MissingSections(Rules) : [],
            Versions = versions,
            Threshold = Rules.ProcurementThresholdOn(waiver.RegisterDate),
            NeedsLegalReview = waiver.NeedsLegalReview(Rules),
            CanRecord = await Can(Policies.RecordWaivers),
            CanDecide = await Can(Policies.DecideWaivers),
            IsAuthor = waiver.AuthorUserId == UserId,
            ContractReference = waiver.ContractId is { } contractId
                ? await Db.Contracts.AsNoTracking().Where(c => c.Id == contractId).Select(c => c.Reference).SingleOrDefaultAsync()
                : null,
        });
    }

    [HttpGet("{id}/report")]
    public async Task<IActionResult> Report(int id)
    {
        var waiver = await Load(id, tracked: false);
        return waiver is null ? NotFound() : View(new WaiverReport(waiver));
    }

    [HttpGet("{id}/report.pdf")]
    public async Task<IActionResult> ReportPdf(int id)
    {
        var waiver = await Load(id, tracked: false);
        return waiver is null
            ? NotFound()
            : File(WaiverReportPdf.Render(new WaiverReport(waiver)), "application/pdf", $"cpr-waiver-{id}-v{waiver.VersionNumber}.pdf");
    }

    private IAsyncEnumerable<WaiverRow> ExportRows(WaiverFilter filter) =>
        Db.CprWaivers.AsNoTracking().Matching(filter)
            .OrderByDescending(w => w.RegisterDate).ThenByDescending(w => w.Id).ToRows().AsAsyncEnumerable();
}
