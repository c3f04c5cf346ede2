using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decommissioning;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Decommissioning;

/// <summary>What every decommissioning controller shares: loading a case with its parts, its heading, today, and saving a section.</summary>
public abstract class CaseControllerBase(CommissioningDbContext db, TimeProvider clock, RenewalRules rules) : Controller
{
    protected CommissioningDbContext Db => db;

    protected RenewalRules Rules => rules;

    protected TimeProvider Clock => clock;

    protected DateOnly Today => clock.UkToday();

    protected async Task<DecommissioningCase?> Load(int id, bool tracked)
    {
        var query = db.DecommissioningCases.Include(c => c.Stakeholders).Include(c => c.Checklist).Include(c => c.Engagement)
            .Include(c => c.ExitTasks).Include(c => c.CompactNotices).Include(c => c.Decision).AsSplitQuery();
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(c => c.Id == id);
    }

    protected async Task<CaseHeading> Heading(DecommissioningCase c)
    {
        var contract = await db.Contracts.AsNoTracking().Where(x => x.Id == c.ContractId).Select(x => new { x.Reference, x.Title }).SingleAsync();
        return new CaseHeading(c.Id, c.ContractId, contract.Reference, contract.Title, c.Status);
    }

    /// <summary>A case that is no longer a draft goes back to its page with the reason.</summary>
    protected IActionResult NotEditable(DecommissioningCase c)
    {
        TempData["Error"] = "This case has been submitted for a decision and can no longer be changed.";
        return Redirect($"/decommissioning/{c.Id}");
    }

    /// <summary>
    /// Applies a section's change and saves it at the version the form was opened at. The rule runs even when a box's shape
    /// is wrong, so one submit shows every problem (a box already in error keeps its own message); nothing is saved unless
    /// all is well.
    /// </summary>
    protected async Task<bool> TrySave(DecommissioningCase c, CaseForm model, Action change)
    {
        try
        {
            change();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
        }

        return ModelState.IsValid && await db.TrySaveFormAsync(c, model.Version, ModelState, "case", v => model.Version = v);
    }
}
