using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Notices;
using LeedsCommissioning.Domain.Performance;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Contracts;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Performance;

/// <summary>
/// The UK7 contract details, UK9 contract performance and UK10 contract change notices (domain.md section 9; docs/patterns.md
/// "Notices"), prepared from the contract's records (<see cref="PerformanceNotices"/>) for an officer to check and copy to
/// Find a Tender. Staff only.
/// </summary>
[Authorize(Policies.ViewRegister)]
public sealed class PerformanceNoticesController(CommissioningDbContext db, PerformanceRules rules, TimeProvider clock) : Controller
{
    [HttpGet("contracts/{id:int}/uk7-notice")]
    public async Task<IActionResult> Uk7Notice(int id)
    {
        var c = await LoadAsync(id);
        if (c is null)
        {
            return NotFound();
        }

        var notice = PerformanceNotices.ContractDetails(c, await AuthorityAsync(c), await PerformanceSection.RequirementAsync(db, c, rules));
        return Page(c, notice, "Under the Procurement Act 2023 the council publishes a contract details notice on the central digital platform (Find a Tender) once a contract is entered into, with its key performance indicators. Check this content, then copy it to the platform, where it is published.");
    }

    [HttpGet("contracts/{id:int}/uk9-notice")]
    public async Task<IActionResult> Uk9Notice(int id, int? year)
    {
        var c = await LoadAsync(id);
        if (c is null)
        {
            return NotFound();
        }

        var years = RateKpiViewModel.Years(c.StartDate, c.ContractYearCount, clock.UkToday());
        var chosen = year ?? c.Kpis.SelectMany(k => k.Ratings).Select(r => r.Year).DefaultIfEmpty(1).Max();
        if (chosen < 1 || chosen > c.ContractYearCount)
        {
            return NotFound();
        }

        foreach (var option in years)
        {
            option.Selected = option.Value == chosen.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var notice = PerformanceNotices.ContractPerformance(c, await AuthorityAsync(c), chosen);
        return Page(c, notice, "Under the Procurement Act 2023 the council publishes a contract performance notice on the central digital platform (Find a Tender) with the key performance indicators' ratings for a contract year, and breaches and failures. Check this content, then copy it to the platform, where it is published.", years);
    }

    [HttpGet("contracts/{id:int}/changes/{changeId:int}/uk10-notice")]
    public async Task<IActionResult> Uk10Notice(int id, int changeId)
    {
        var c = await LoadAsync(id);
        var change = c?.Changes.SingleOrDefault(x => x.Id == changeId);
        if (c is null || change is null)
        {
            return NotFound();
        }

        var notice = PerformanceNotices.ContractChange(c, await AuthorityAsync(c), change);
        return Page(c, notice, $"Under the Procurement Act 2023 the council publishes a contract change notice on the central digital platform (Find a Tender) when a contract is changed. This one is for the change recorded on {UkTime.Date(change.EffectiveDate)}. Check this content, then copy it to the platform, where it is published.");
    }

    private ViewResult Page(Contract c, NoticeDraft notice, string introduction, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem>? years = null) =>
        View("Notice", new PerformanceNoticeViewModel(ContractHeading.Of(c), notice.Kind.Title(), introduction, notice, years));

    private Task<string> AuthorityAsync(Contract c) =>
        db.CommissioningOrganisations.Where(o => o.Id == c.CommissioningOrganisationId).Select(o => o.Name).SingleAsync();

    private Task<Contract?> LoadAsync(int id) =>
        db.Contracts.AsNoTracking().Include(c => c.Providers).ThenInclude(p => p.Provider).Include(c => c.Kpis).ThenInclude(k => k.Ratings)
            .Include(c => c.Failures).Include(c => c.Changes).ThenInclude(x => x.Decision).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id);
}
