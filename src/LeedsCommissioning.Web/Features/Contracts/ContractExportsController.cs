using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure.Exports;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// Downloads of the filtered register (issue 4), with the same filters and sort as the page. Staff only:
/// provider users have "Our contracts", and the register's figures of other providers are not theirs.
/// </summary>
[Authorize(Policies.ViewRegister)]
public sealed class ContractExportsController(CommissioningDbContext db, TimeProvider clock) : Controller
{
    /// <summary>The columns, headed in words a person understands.</summary>
    public static ListExport<ExportRow> Columns { get; } = new ListExport<ExportRow>("contracts-register", "Contracts")
        .Text("Reference", r => r.Reference, 18)
        .Text("Title", r => r.Title, 50)
        .Text("Service area", r => r.ServiceArea.ToDisplayName(), 26)
        .Text("Commissioning organisation", r => r.Organisation, 34)
        .Text("Lead provider", r => r.LeadProvider, 40)
        .Text("Status", r => r.Status.ToDisplayName(), 14)
        .Date("Start date", r => r.StartDate)
        .Date("Current end date", r => r.CurrentEndDate, 16)
        .Money("Annual value (£)", r => r.AnnualValue)
        .Money("Whole-life value (£)", r => r.WholeLifeValue, 20)
        .Number("Small and local share (%)", r => r.SmallLocalShare, 14)
        .YesNo("Lead provider is third sector", r => r.LeadIsThirdSector, 14)
        .Text("Funders", r => string.Join("; ", r.Funders.Distinct()), 60);

    [HttpGet("/contracts/export.csv")]
    public IActionResult Csv([FromQuery] RegisterFilter filter) => Columns.Csv(Rows(filter), clock.UkToday());

    [HttpGet("/contracts/export.xlsx")]
    public IActionResult Excel([FromQuery] RegisterFilter filter) => Columns.Xlsx(Rows(filter), clock.UkToday());

    /// <summary>
    /// A contract's whole history, as its History page shows it a page at a time (staff only, as the page): the audit
    /// trail names staff and shows every party's figures.
    /// </summary>
    [HttpGet("/contracts/{id:int}/history/export.csv")]
    public async Task<IActionResult> HistoryCsv(int id) =>
        await db.Contracts.AnyAsync(c => c.Id == id)
            ? HistoryExportRow.Export.Csv(HistoryExportRow.Of(await ContractHistory.AllAsync(db, id)), clock.UkToday())
            : NotFound();

    [HttpGet("/contracts/{id:int}/history/export.xlsx")]
    public async Task<IActionResult> HistoryExcel(int id) =>
        await db.Contracts.AnyAsync(c => c.Id == id)
            ? HistoryExportRow.Export.Xlsx(HistoryExportRow.Of(await ContractHistory.AllAsync(db, id)), clock.UkToday())
            : NotFound();

    /// <summary>
    /// A contract's monitoring evidence (compliments, complaints, Healthwatch Leeds reports), as its monitoring tab lists it
    /// for staff (the tab does not show it to the provider).
    /// </summary>
    [HttpGet("/contracts/{id:int}/monitoring/evidence/export.csv")]
    public async Task<IActionResult> EvidenceCsv(int id) =>
        await db.Contracts.AnyAsync(c => c.Id == id)
            ? Monitoring.EvidenceExportRow.Export.Csv(await Monitoring.MonitoringQueries.EvidenceAsync(db, id), clock.UkToday())
            : NotFound();

    [HttpGet("/contracts/{id:int}/monitoring/evidence/export.xlsx")]
    public async Task<IActionResult> EvidenceExcel(int id) =>
        await db.Contracts.AnyAsync(c => c.Id == id)
            ? Monitoring.EvidenceExportRow.Export.Xlsx(await Monitoring.MonitoringQueries.EvidenceAsync(db, id), clock.UkToday())
            : NotFound();

    private IAsyncEnumerable<ExportRow> Rows(RegisterFilter filter) =>
        db.Contracts.AsNoTracking().ApplyFilters(db, filter, clock.UkToday()).ApplySort(filter)
            .Select(c => new ExportRow(c.Reference, c.Title, c.ServiceArea, c.CommissioningOrganisation!.Name,
                c.LeadProvider == null ? null : c.LeadProvider.Name, c.Status, c.StartDate, c.CurrentEndDate,
                c.AnnualValue, c.WholeLifeValue, c.SmallLocalShare, c.LeadProviderIsThirdSector,
                c.Funding.OrderByDescending(f => f.AnnualAmount)
                    .Select(f => f.FunderOrganisation != null ? f.FunderOrganisation.Name : f.PartnerName).ToList()))
            .AsAsyncEnumerable();
}
