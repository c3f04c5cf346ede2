using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Opportunities;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.Features.Shared;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.BidOpening;

/// <summary>
/// Staff read bids here and nowhere else, through <see cref="SealedBids.OpenedForStaff"/>: before the
/// deadline, and after it until the opening is recorded (issue 13), it yields nothing, so every bid's page answers
/// 404 as if there were no bid (issue 6, sealed bids); so does a bid its reader declared a conflict with on a panel.
/// </summary>
[Route("procurement/opportunities/{id:int}")]
public sealed class BidOpeningController(CommissioningDbContext db, TimeProvider clock) : Controller
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private string UserId => User.UserId();

    [HttpGet("bids")]
    [Authorize(Policies.OpenBids)]
    public async Task<IActionResult> Index(int id)
    {
        var o = await db.Opportunities.AsNoTracking().Include(x => x.Lots).SingleOrDefaultAsync(x => x.Id == id);
        if (o is null || !o.IsPastBidDeadline(Now) || o.PublishedAtUtc is null)
        {
            return NotFound();
        }

        // Sealed until the opening is recorded (issue 13): the opening page says so, and lets an officer record it.
        if (!await db.IsOpenedAsync(id))
        {
            return Redirect($"/procurement/opportunities/{id}/opening");
        }

        return View(await OpenedAsync(o));
    }

    /// <summary>
    /// The opened bids as the page lists them, lot by lot (provider, submitted, receipt, total price): the same sealed-bid
    /// read, so before the deadline, or before the opening is recorded, there is nothing to download (404).
    /// </summary>
    [HttpGet("bids/export.csv")]
    [Authorize(Policies.OpenBids)]
    public async Task<IActionResult> ExportCsv(int id) =>
        await OpenedOpportunityAsync(id) is { } o ? OpenedBidExportRow.Export.Csv(OpenedBidExportRow.Of(await OpenedAsync(o)), clock.UkToday()) : NotFound();

    [HttpGet("bids/export.xlsx")]
    [Authorize(Policies.OpenBids)]
    public async Task<IActionResult> ExportXlsx(int id) =>
        await OpenedOpportunityAsync(id) is { } o ? OpenedBidExportRow.Export.Xlsx(OpenedBidExportRow.Of(await OpenedAsync(o)), clock.UkToday()) : NotFound();

    /// <summary>The opportunity when its bids may be read: published, past its deadline, and the opening recorded.</summary>
    private async Task<Opportunity?> OpenedOpportunityAsync(int id)
    {
        var o = await db.Opportunities.AsNoTracking().Include(x => x.Lots).SingleOrDefaultAsync(x => x.Id == id);
        return o is null || !o.IsPastBidDeadline(Now) || o.PublishedAtUtc is null || !await db.IsOpenedAsync(id) ? null : o;
    }

    private async Task<OpenedBidsViewModel> OpenedAsync(Opportunity o)
    {
        var id = o.Id;
        var bids = await db.OpenedForStaff(Now, UserId).Where(b => b.OpportunityId == id)
            .Select(b => new
            {
                b.Id, b.LotId, Provider = db.Providers.Where(p => p.Id == b.ProviderId).Select(p => p.Name).First(),
                SubmittedAtUtc = b.SubmittedAtUtc!.Value, b.ReceiptReference, Prices = b.Prices.Select(p => p.Amount).ToList(), Members = b.ConsortiumMembers.Count,
            })
            .ToListAsync();
        return new OpenedBidsViewModel
        {
            OpportunityId = id,
            OpportunityTitle = o.Title,
            BidDeadlineUtc = o.BidDeadlineUtc!.Value,
            Lots = o.Lots.OrderBy(l => l.Number).Select(l => (l.Id, l.Number, l.Title)).ToList(),
            Bids = bids.OrderBy(b => b.SubmittedAtUtc).Select(b => new OpenedBidRow(b.Id, b.LotId, b.Provider, b.SubmittedAtUtc, b.ReceiptReference, b.Prices.Sum(), b.Members)).ToList(),
        };
    }

    [HttpGet("bids/{bidId:int}")]
    [Authorize(Policies.OpenBids)]
    public async Task<IActionResult> Details(int id, int bidId)
    {
        var bid = await db.OpenedForStaff(Now, UserId).AsSplitQuery()
            .Include(b => b.Prices).Include(b => b.Answers).Include(b => b.Commitments).Include(b => b.ConsortiumMembers).Include(b => b.Attachments)
            .SingleOrDefaultAsync(b => b.Id == bidId && b.OpportunityId == id);
        if (bid is null)
        {
            return NotFound();
        }

        var o = await db.Opportunities.AsNoTracking().AsSplitQuery().Include(x => x.Lots).Include(x => x.QualityQuestions).Include(x => x.SocialValueCriteria).SingleAsync(x => x.Id == id);
        var criteria = await db.SocialValueCriteria.AsNoTracking().ToDictionaryAsync(c => c.Id);
        var lot = o.Lots.Single(l => l.Id == bid.LotId);
        return View(new OpenedBidViewModel
        {
            OpportunityId = id,
            OpportunityTitle = o.Title,
            BidId = bid.Id,
            Lot = $"Lot {lot.Number}: {lot.Title}",
            Provider = await db.Providers.Where(p => p.Id == bid.ProviderId).Select(p => p.Name).SingleAsync(),
            SubmittedAtUtc = bid.SubmittedAtUtc!.Value,
            Receipt = bid.ReceiptReference,
            Prices = bid.Prices.OrderBy(p => p.Year).Select(p => (p.Year, p.Amount)).ToList(),
            Answers = o.QualityQuestions.Where(q => !q.IsPresentation).OrderBy(q => q.Number).Select(q =>
            {
                var text = bid.Answers.SingleOrDefault(a => a.QualityQuestionId == q.Id)?.Text;
                return new OpenedAnswer(q.Number, q.Text, q.WordLimit, text, Bid.CountWords(text));
            }).ToList(),
            Commitments = o.SocialValueCriteria.Select(s => criteria[s.SocialValueCriterionId])
                .Select(c => new OpenedCommitment(c.Name, c.Unit, bid.Commitments.SingleOrDefault(x => x.SocialValueCriterionId == c.Id)?.Quantity)).ToList(),
            ConsortiumMembers = bid.ConsortiumMembers.Select(m => m.Name).ToList(),
            Attachments = bid.Attachments.Select(a => new OpenedAttachment(a.Id, a.FileName, a.Length)).ToList(),
        });
    }

    [HttpGet("bids/{bidId:int}/attachments/{attachmentId:int}")]
    [Authorize(Policies.OpenBids)]
    public async Task<IActionResult> Attachment(int id, int bidId, int attachmentId)
    {
        var file = await db.OpenedForStaff(Now, UserId).Where(b => b.Id == bidId && b.OpportunityId == id)
            .SelectMany(b => b.Attachments).Where(a => a.Id == attachmentId)
            .Select(a => new { a.FileName, a.Content!.Data })
            .SingleOrDefaultAsync();
        return file is null ? NotFound() : this.StoredFile(file.Data, file.FileName);
    }

    /// <summary>"Start evaluation" only opens this page (docs/patterns.md, confirming an irreversible action).</summary>
    [HttpGet("start-evaluation")]
    [Authorize(Policies.RecordOutcome)]
    public async Task<IActionResult> StartEvaluation(int id)
    {
        var o = await db.Opportunities.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id);
        return o is null ? NotFound() : View("ConfirmAction", ConfirmStartEvaluation(o, o.Version));
    }

    [HttpPost("start-evaluation")]
    [Authorize(Policies.RecordOutcome)]
    public async Task<IActionResult> StartEvaluation(int id, ConfirmActionForm form, [FromServices] FluentValidation.IValidator<ConfirmActionViewModel> validator)
    {
        var o = await db.Opportunities.SingleOrDefaultAsync(x => x.Id == id);
        if (o is null)
        {
            return NotFound();
        }

        var model = ConfirmStartEvaluation(o, form.Version ?? o.Version);
        if (!await db.TryConfirmAsync(o, model, validator, ModelState, "opportunity", () => o.StartEvaluation(Now)))
        {
            return View("ConfirmAction", model);
        }

        TempData["Success"] = "Evaluation started";
        return Redirect($"/procurement/opportunities/{id}");
    }

    private static ConfirmActionViewModel ConfirmStartEvaluation(Opportunity o, int version) => new()
    {
        Caption = o.Title,
        Question = "Are you sure you want to start the evaluation of this opportunity?",
        WhatHappens =
        [
            $"it moves from closed for bids (since {UkTime.DateAndTime(o.BidDeadlineUtc)}) to in evaluation",
            "you can then record the award, or cancel the opportunity",
        ],
        Warning = "It cannot go back to being closed for bids.",
        Action = $"/procurement/opportunities/{o.Id}/start-evaluation",
        Version = version,
        Button = "Start evaluation",
        CancelHref = $"/procurement/opportunities/{o.Id}",
    };
}
