using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LeedsCommissioning.Web.Features.Dashboard;

/// <summary>
/// The commissioners' and leaders' dashboard (issue 15, "Dashboards"): spend, contracts ending, Keep it Local figures,
/// filtered by organisation and financial year with a GET form, each chart with its table and CSV download.
/// </summary>
[Authorize(Policies.ViewDashboard)]
public sealed class DashboardController(DashboardQueries queries) : Controller
{
    [HttpGet("/dashboard")]
    public async Task<IActionResult> Index([FromQuery] DashboardFilter filter)
    {
        var years = queries.YearsOffered();
        var organisation = filter.ChosenOrganisation();
        var year = filter.ChosenYear(years, queries.CurrentYear);
        if (organisation is null)
        {
            ModelState.AddModelError(DashboardViewModel.OrganisationKey, "Select whose contracts to show from the list");
        }

        if (year is null)
        {
            ModelState.AddModelError(DashboardViewModel.YearKey, "Select a financial year from the list");
        }

        var kept = organisation is { } o && year is { } y ? await queries.KeptAsync(o, y, HttpContext.RequestAborted) : null;
        return View(new DashboardViewModel { Filter = filter, Years = years, Figures = kept?.Dashboard, RenderedKey = kept?.Key });
    }

    /// <summary>One chart's figures as CSV, for the same filters as the page (404 for a chart or filter that does not exist).</summary>
    [HttpGet("/dashboard/{chart}.csv")]
    public async Task<IActionResult> Csv(string chart, [FromQuery] DashboardFilter filter)
    {
        var organisation = filter.ChosenOrganisation();
        var year = filter.ChosenYear(queries.YearsOffered(), queries.CurrentYear);
        if (!DashboardCharts.Ids.Contains(chart) || organisation is null || year is null)
        {
            return NotFound();
        }

        var figures = await queries.StaffAsync(organisation.Value, year.Value, HttpContext.RequestAborted);
        var model = DashboardCharts.For(chart, figures)!;
        return File(await ChartCsv.WriteAsync(model), "text/csv; charset=utf-8", ChartCsv.FileName("dashboard", model, queries.Today));
    }

    /// <summary>Every opportunity the bids chart counts, with its bids (the page shows the distribution and the fewest).</summary>
    [HttpGet("/dashboard/" + DashboardViewModel.BidsDownload + ".csv")]
    public Task<IActionResult> BidsCsv([FromQuery] DashboardFilter filter) =>
        DownloadAsync(filter, d => OpportunityBids.Export.Csv(d.Opportunities, queries.Today));

    [HttpGet("/dashboard/" + DashboardViewModel.BidsDownload + ".xlsx")]
    public Task<IActionResult> BidsXlsx([FromQuery] DashboardFilter filter) =>
        DownloadAsync(filter, d => OpportunityBids.Export.Xlsx(d.Opportunities, queries.Today));

    /// <summary>Every contract rated red at its latest review of the year (the page shows the first <see cref="DashboardViewModel.Shown"/>).</summary>
    [HttpGet("/dashboard/" + DashboardViewModel.RedDownload + ".csv")]
    public Task<IActionResult> RedCsv([FromQuery] DashboardFilter filter) =>
        DownloadAsync(filter, d => RedContract.Export.Csv(d.Monitoring.Red, queries.Today));

    [HttpGet("/dashboard/" + DashboardViewModel.RedDownload + ".xlsx")]
    public Task<IActionResult> RedXlsx([FromQuery] DashboardFilter filter) =>
        DownloadAsync(filter, d => RedContract.Export.Xlsx(d.Monitoring.Red, queries.Today));

    /// <summary>A list behind the page's figures, for the same filters (404 for a filter that does not exist).</summary>
    private async Task<IActionResult> DownloadAsync(DashboardFilter filter, Func<StaffDashboard, IActionResult> write)
    {
        var organisation = filter.ChosenOrganisation();
        var year = filter.ChosenYear(queries.YearsOffered(), queries.CurrentYear);
        if (organisation is null || year is null)
        {
            return NotFound();
        }

        return write(await queries.StaffAsync(organisation.Value, year.Value, HttpContext.RequestAborted));
    }
}
