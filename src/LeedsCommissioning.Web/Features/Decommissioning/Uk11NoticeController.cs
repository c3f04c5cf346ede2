using LeedsCommissioning.Domain.Decommissioning;
using LeedsCommissioning.Domain.Notices;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Decommissioning;

/// <summary>
/// The UK11 contract termination notice (domain.md section 9; docs/patterns.md "Notices"), prepared from a contract that
/// was decommissioned or ended early, for an officer to check and copy to Find a Tender. Staff only.
/// </summary>
[Authorize(Policies.ViewRegister)]
public sealed class Uk11NoticeController(CommissioningDbContext db) : Controller
{
    [HttpGet("contracts/{id:int}/uk11-notice")]
    public async Task<IActionResult> Uk11Notice(int id)
    {
        var contract = await db.Contracts.AsNoTracking().Include(c => c.Providers).ThenInclude(p => p.Provider).Include(c => c.Changes)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id);
        if (contract is null)
        {
            return NotFound();
        }

        var authority = await db.CommissioningOrganisations.Where(o => o.Id == contract.CommissioningOrganisationId).Select(o => o.Name).SingleAsync();
        return View(new Uk11NoticeViewModel(contract.Id, contract.Reference, contract.Title, ContractTerminationNotice.For(contract, authority)));
    }
}

public sealed record Uk11NoticeViewModel(int ContractId, string Reference, string Title, NoticeDraft Notice);
