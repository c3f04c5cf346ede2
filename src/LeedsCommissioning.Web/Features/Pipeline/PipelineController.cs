using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Contracts;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Pipeline;

/// <summary>
/// The renewals pipeline (issue 14): every contract ending or reaching an extension decision in the next 24 months, by
/// quarter, with its decision due date and intention; overdue decisions first; filtered by organisation, service area
/// and commissioner; downloadable as CSV and Excel.
/// </summary>
[Authorize(Policies.ViewPipeline)]
public sealed class PipelineController(CommissioningDbContext db, RenewalRules rules, TimeProvider clock, IAuthorizationService authorization) : Controller
{
    [HttpGet("/pipeline")]
    public async Task<IActionResult> Index([FromQuery] PipelineFilter filter)
    {
        var rows = await PipelineQueries.RowsAsync(db, rules, filter, clock.UkToday(), HttpContext.RequestAborted);
        var commissioners = await db.Contracts.AsNoTracking().Where(c => c.ResponsibleCommissionerName != null)
            .Select(c => c.ResponsibleCommissionerName!).Distinct().OrderBy(n => n).ToListAsync();
        return View(new PipelineViewModel
        {
            Filter = filter,
            Rows = rows,
            HorizonMonths = rules.HorizonMonths,
            CanEdit = (await authorization.AuthorizeAsync(User, Policies.ManageRenewals)).Succeeded,
            Organisations = Selected(await ContractChoices.CommissioningOrganisationsAsync(db), filter.Organisation?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ServiceAreas = Selected(ContractOptions.ServiceAreas(), filter.ServiceArea?.ToString()),
            Commissioners = Selected(commissioners.Select(n => new SelectListItem(n, n)).ToList(), filter.Commissioner?.Trim()),
        });
    }

    [HttpGet("/pipeline/export.csv")]
    public async Task<IActionResult> Csv([FromQuery] PipelineFilter filter) =>
        PipelineExport.Columns.Csv(await PipelineQueries.RowsAsync(db, rules, filter, clock.UkToday(), HttpContext.RequestAborted), clock.UkToday());

    [HttpGet("/pipeline/export.xlsx")]
    public async Task<IActionResult> Excel([FromQuery] PipelineFilter filter) =>
        PipelineExport.Columns.Xlsx(await PipelineQueries.RowsAsync(db, rules, filter, clock.UkToday(), HttpContext.RequestAborted), clock.UkToday());

    private static List<SelectListItem> Selected(IEnumerable<SelectListItem> items, string? value) =>
        items.Select(i => new SelectListItem(i.Text, i.Value, i.Value == value)).ToList();
}
