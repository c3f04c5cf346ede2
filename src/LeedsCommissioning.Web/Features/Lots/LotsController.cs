using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Lots;

/// <summary>Lots of a draft opportunity, with the Keep it Local panel and the reasons it asks for (domain.md section 3).</summary>
[Route("procurement/opportunities/{id:int}/lots")]
[Authorize(Policies.ManageOpportunities)]
public sealed class LotsController(CommissioningDbContext db, KeepItLocalFigures keepItLocal) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id)
    {
        var opportunity = await db.Opportunities.AsNoTracking().Include(o => o.Lots).SingleOrDefaultAsync(o => o.Id == id);
        return opportunity is null ? NotFound() : View(await Build(opportunity));
    }

    [HttpPost("reasons")]
    public async Task<IActionResult> Reasons(int id, LotsViewModel model)
    {
        var opportunity = await db.Opportunities.Include(o => o.Lots).SingleOrDefaultAsync(o => o.Id == id);
        if (opportunity is null)
        {
            return NotFound();
        }

        var saved = await OpportunityEdits.TrySaveAsync(db, opportunity, model.Version, () =>
        {
            opportunity.RecordSingleLotReason(opportunity.Lots.Count == 1 ? model.SingleLotReason : null);
            for (var i = 0; i < model.LotIds.Count; i++)
            {
                opportunity.RecordNoLocalBidderReason(model.LotIds[i], i < model.NoLocalBidderReasons.Count ? model.NoLocalBidderReasons[i] : null);
            }
        }, ModelState);
        if (!saved.Saved)
        {
            // The page shows the lots as they are now, with the reasons as the person typed them.
            var again = await Build(await db.Opportunities.AsNoTracking().Include(o => o.Lots).SingleAsync(o => o.Id == id));
            again.Version = saved.Version;
            again.SingleLotReason = model.SingleLotReason;
            for (var i = 0; i < again.LotIds.Count; i++)
            {
                var typed = model.LotIds.IndexOf(again.LotIds[i]);
                again.NoLocalBidderReasons[i] = typed >= 0 && typed < model.NoLocalBidderReasons.Count ? model.NoLocalBidderReasons[typed] : again.NoLocalBidderReasons[i];
            }

            return View("Index", again);
        }

        TempData["Success"] = "Reasons saved";
        return Redirect($"/procurement/opportunities/{id}/lots");
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(int id)
    {
        var o = await db.Opportunities.Where(o => o.Id == id).Select(o => new { o.Title, o.Version }).SingleOrDefaultAsync();
        return o is null ? NotFound() : View("Form", new LotFormViewModel { OpportunityId = id, OpportunityTitle = o.Title, Version = o.Version });
    }

    [HttpPost("new")]
    public Task<IActionResult> New(int id, LotFormViewModel model, [FromServices] IValidator<LotFormViewModel> validator) =>
        Save(id, null, model, validator, (o, m) => o.AddLot(m.Title!, m.Description, MoneyText.Parse(m.AnnualValue)!.Value, Localities(m)), "Lot added");

    [HttpGet("{lotId:int}/edit")]
    public async Task<IActionResult> Edit(int id, int lotId)
    {
        var opportunity = await db.Opportunities.AsNoTracking().Include(o => o.Lots).SingleOrDefaultAsync(o => o.Id == id);
        var lot = opportunity?.Lots.SingleOrDefault(l => l.Id == lotId);
        if (lot is null)
        {
            return NotFound();
        }

        return View("Form", new LotFormViewModel
        {
            OpportunityId = id,
            LotId = lotId,
            Version = opportunity!.Version,
            OpportunityTitle = opportunity.Title,
            Title = lot.Title,
            Description = lot.Description,
            AnnualValue = lot.AnnualValue.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
            Localities = lot.Localities.Select(l => l.ToString()).ToList(),
        });
    }

    [HttpPost("{lotId:int}/edit")]
    public Task<IActionResult> Edit(int id, int lotId, LotFormViewModel model, [FromServices] IValidator<LotFormViewModel> validator) =>
        Save(id, lotId, model, validator, (o, m) => o.UpdateLot(lotId, m.Title!, m.Description, MoneyText.Parse(m.AnnualValue)!.Value, Localities(m)), "Lot updated");

    [HttpPost("{lotId:int}/delete")]
    public async Task<IActionResult> Delete(int id, int lotId)
    {
        // A lot of another opportunity under this one is no lot of it: 404, as the edit form answers.
        var opportunity = await db.Opportunities.Include(o => o.Lots).SingleOrDefaultAsync(o => o.Id == id);
        if (opportunity is null || opportunity.Lots.All(l => l.Id != lotId))
        {
            return NotFound();
        }

        return await OpportunityEdits.ActAsync(this, db, opportunity, o => o.RemoveLot(lotId), "Lot removed", $"/procurement/opportunities/{id}/lots");
    }

    private async Task<IActionResult> Save(int id, int? lotId, LotFormViewModel model, IValidator<LotFormViewModel> validator, Action<Opportunity, LotFormViewModel> change, string success)
    {
        var opportunity = await db.Opportunities.Include(o => o.Lots).SingleOrDefaultAsync(o => o.Id == id);
        if (opportunity is null || (lotId is not null && opportunity.Lots.All(l => l.Id != lotId)))
        {
            return NotFound();
        }

        model.OpportunityId = id;
        model.LotId = lotId;
        model.OpportunityTitle = opportunity.Title;
        if (!await OpportunityEdits.ValidateAndSaveAsync(db, opportunity, model, validator, () => change(opportunity, model), ModelState))
        {
            return View("Form", model);
        }

        TempData["Success"] = success;
        return Redirect($"/procurement/opportunities/{id}/lots");
    }

    private static List<Locality> Localities(LotFormViewModel model) => model.Localities.Select(Enum.Parse<Locality>).ToList();

    private async Task<LotsViewModel> Build(Opportunity opportunity)
    {
        var lots = opportunity.Lots.OrderBy(l => l.Number).ToList();
        return new LotsViewModel
        {
            OpportunityId = opportunity.Id,
            OpportunityTitle = opportunity.Title,
            Version = opportunity.Version,
            Editable = opportunity.IsEditable,
            Panel = await keepItLocal.PanelAsync(opportunity),
            Lots = lots.Select(l => new LotRow(l.Id, l.Number, l.Title, l.Description, l.AnnualValue, l.Localities)).ToList(),
            SingleLotReason = opportunity.SingleLotReason,
            LotIds = lots.Select(l => l.Id).ToList(),
            NoLocalBidderReasons = lots.Select(l => l.NoLocalBidderReason).ToList(),
        };
    }
}
