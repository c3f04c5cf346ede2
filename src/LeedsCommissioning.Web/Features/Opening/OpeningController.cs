using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Opportunities;
using LeedsCommissioning.Web.Features.Shared;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Opening;

/// <summary>
/// The recorded opening of an opportunity's bids (issue 13): a procurement officer, with a second person present,
/// releases every lot's sealed bids at once. The register (who, when, each bid and when it arrived) is shown to
/// everyone who may open bids, the decision maker included; until it exists no bid content is readable
/// (<see cref="SealedBids.OpenedForStaff"/>).
/// </summary>
[Route("procurement/opportunities/{id:int}/opening")]
public sealed class OpeningController(CommissioningDbContext db, TimeProvider clock) : Controller
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [HttpGet("")]
    [Authorize(Policies.OpenBids)]
    public async Task<IActionResult> Index(int id, [FromServices] IAuthorizationService authorization)
    {
        var o = await db.Opportunities.AsNoTracking().Include(x => x.Lots).SingleOrDefaultAsync(x => x.Id == id);
        if (o?.PublishedAtUtc is null)
        {
            return NotFound();
        }

        var opening = await db.BidOpenings.AsNoTracking().Include(x => x.Entries).SingleOrDefaultAsync(x => x.OpportunityId == id);
        var counts = opening is null ? await db.CountSubmittedAsync(id) : opening.Entries.GroupBy(e => e.LotId).ToDictionary(g => g.Key, g => g.Count());
        return View(new OpeningViewModel
        {
            OpportunityId = id,
            OpportunityTitle = o.Title,
            BidDeadlineUtc = o.BidDeadlineUtc!.Value,
            PastDeadline = o.IsPastBidDeadline(Now),
            Lots = o.Lots.OrderBy(l => l.Number).Select(l => (l.Id, l.Number, l.Title, counts.GetValueOrDefault(l.Id))).ToList(),
            Opening = opening is null ? null : new OpeningRecord(opening.OpenedByName, opening.WitnessName, opening.OpenedAtUtc, opening.BidDeadlineUtc,
                opening.Entries.OrderBy(e => e.SubmittedAtUtc).Select(e => new OpeningEntryRow(e.LotId, e.ProviderName, e.ReceiptReference, e.SubmittedAtUtc)).ToList()),
            CanRecord = (await authorization.AuthorizeAsync(User, Policies.RecordBidOpening)).Succeeded,
        });
    }

    /// <summary>"Record the opening" only opens this page (docs/patterns.md, confirming an irreversible action).</summary>
    [HttpGet("record")]
    [Authorize(Policies.RecordBidOpening)]
    public async Task<IActionResult> Record(int id)
    {
        var o = await db.Opportunities.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id);
        if (o?.PublishedAtUtc is null)
        {
            return NotFound();
        }

        if (await db.IsOpenedAsync(id))
        {
            return Redirect($"/procurement/opportunities/{id}/opening");
        }

        return View("ConfirmAction", await Confirm(o, null));
    }

    [HttpPost("record")]
    [Authorize(Policies.RecordBidOpening)]
    public async Task<IActionResult> Record(int id, string? witnessUserId)
    {
        var o = await db.Opportunities.AsNoTracking().Include(x => x.Lots).SingleOrDefaultAsync(x => x.Id == id);
        if (o?.PublishedAtUtc is null)
        {
            return NotFound();
        }

        if (await db.IsOpenedAsync(id))
        {
            TempData["Success"] = "The bids were already opened";
            return Redirect($"/procurement/opportunities/{id}/opening");
        }

        var staff = await db.WithRolesAsync(Roles.Staff);
        var witness = staff.SingleOrDefault(p => p.UserId == witnessUserId);
        try
        {
            db.BidOpenings.Add(LeedsCommissioning.Domain.Evaluation.BidOpening.Record(o, await db.EnvelopesAsync(id, Now), User.UserId(), User.DisplayName(), witness?.UserId, witness?.Name, Now));
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return View("ConfirmAction", await Confirm(o, witnessUserId));
        }

        TempData["Success"] = "Opening recorded: the bids can now be read";
        return Redirect($"/procurement/opportunities/{id}/opening");
    }

    private async Task<ConfirmActionViewModel> Confirm(Opportunity o, string? witnessUserId)
    {
        var me = User.UserId();
        var counts = await db.CountSubmittedAsync(o.Id);
        var total = counts.Values.Sum();
        return new ConfirmActionViewModel
        {
            Caption = o.Title,
            Question = "Are you sure you want to open the bids now?",
            WhatHappens =
            [
                $"the {total} {(total == 1 ? "bid" : "bids")} submitted before the deadline ({UkTime.DateAndTime(o.BidDeadlineUtc)}) are opened, every lot at once",
                "the opening register records you, the second person present, the time, and each bid with when it arrived",
                "staff who may open bids can then read them; panel members read only the bids they are asked to score, after declaring any conflict of interest",
            ],
            Warning = "The bids cannot be sealed again.",
            Action = $"/procurement/opportunities/{o.Id}/opening/record",
            Button = "Open the bids",
            CancelHref = $"/procurement/opportunities/{o.Id}/opening",
            FieldsPartial = "~/Features/Opening/_WitnessField.cshtml",
            FieldsModel = new OpeningWitnessFields
            {
                WitnessUserId = witnessUserId,
                Options = (await db.WithRolesAsync(Roles.Staff)).Where(p => p.UserId != me).Select(p => p.Item()).ToList(),
            },
        };
    }
}
