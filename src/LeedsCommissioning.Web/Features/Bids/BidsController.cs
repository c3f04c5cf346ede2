using System.Globalization;
using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Infrastructure.Opportunities;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Bids;

/// <summary>
/// A provider organisation's bids: draft, return, submit, change, withdraw until the deadline, with a
/// receipt (issue 6). Every read goes through <see cref="SealedBids.OwnedBy"/>, so a provider can only
/// ever reach its own organisation's bids; the domain refuses anything after the deadline.
/// </summary>
[Authorize(Policies.ProviderUser)]
public sealed class BidsController(CommissioningDbContext db, TimeProvider clock, UserManager<ApplicationUser> users, OpportunityEmails emails) : Controller
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private int ProviderId => User.ProviderId()!.Value;

    [HttpGet("your-bids")]
    public async Task<IActionResult> Index()
    {
        var rows = await (from b in db.OwnedBy(ProviderId).AsNoTracking()
                          join o in db.Opportunities on b.OpportunityId equals o.Id
                          join l in db.Set<Lot>() on b.LotId equals l.Id
                          orderby o.BidDeadlineUtc descending, l.Number
                          select new YourBidsRow(o.Id, o.Title, l.Id, l.Number, l.Title, b.Status, b.SubmittedAtUtc, o.BidDeadlineUtc!.Value, b.ReceiptReference))
            .ToListAsync();
        return View(new YourBidsViewModel { Rows = rows, NowUtc = Now });
    }

    [HttpGet("opportunities/{id:int}/lots/{lotId:int}/bid")]
    public async Task<IActionResult> Edit(int id, int lotId)
    {
        var opportunity = await LoadOpportunity(id);
        if (opportunity?.Lots.Any(l => l.Id == lotId) != true)
        {
            return NotFound();
        }

        var bid = await LoadBid(id, lotId);
        if (bid is null && !opportunity.IsOpenForBids(Now))
        {
            return NotFound();
        }

        var model = new BidFormViewModel();
        if (bid is not null)
        {
            var content = bid.CurrentContent(opportunity.BidRules());
            model.Prices = content.YearPrices.Select(p => p?.ToString("0.##", CultureInfo.InvariantCulture)).ToList();
            model.Answers = content.Answers.ToList();
            model.Commitments = content.Commitments.Select(c => c?.ToString("0.##", CultureInfo.InvariantCulture)).ToList();
            model.ConsortiumMembers = string.Join('\n', content.ConsortiumMembers);
        }

        return View(Fill(model, opportunity, lotId, bid));
    }

    [HttpPost("opportunities/{id:int}/lots/{lotId:int}/bid")]
    public async Task<IActionResult> Edit(int id, int lotId, BidFormViewModel model, [FromServices] IValidator<BidFormViewModel> validator)
    {
        var opportunity = await LoadOpportunity(id);
        if (opportunity?.Lots.Any(l => l.Id == lotId) != true)
        {
            return NotFound();
        }

        var rules = opportunity.BidRules();
        var bid = await LoadBid(id, lotId);
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(Fill(model, opportunity, lotId, bid));
        }

        var content = Content(model, rules);

        void SaveAndMaybeSubmit(Bid bid)
        {
            bid.Save(content, rules, users.GetUserId(User)!, Now);
            if (model.Command == "submit")
            {
                bid.Submit(rules, users.GetUserId(User)!, Now);
                var lot = opportunity.Lots.Single(l => l.Id == lotId);
                emails.BidReceipt(User.Identity!.Name!, User.DisplayName(), opportunity.Title, lot.Number, lot.Title, bid.ReceiptReference!,
                    bid.SubmittedAtUtc!.Value, opportunity.BidDeadlineUtc!.Value, $"{Request.Scheme}://{Request.Host}/opportunities/{id}/lots/{lotId}/bid/receipt");
            }
        }

        if (bid is null)
        {
            try
            {
                bid = opportunity.StartBid(lotId, ProviderId, users.GetUserId(User)!, Now);
                db.AddBid(bid);
                SaveAndMaybeSubmit(bid);
                await db.SaveChangesAsync();
            }
            catch (DomainException ex)
            {
                ModelState.AddDomainError(ex);
                return View(Fill(model, opportunity, lotId, null));
            }
        }
        else if (!await db.TrySaveFormAsync(bid, model.Version, ModelState, "bid", v => model.Version = v, () => SaveAndMaybeSubmit(bid)))
        {
            // Two people of one provider saving the same bid: the second is refused with who saved it and when, and keeps what they typed.
            return View(Fill(model, opportunity, lotId, await LoadBid(id, lotId)));
        }

        if (bid.Status == BidStatus.Submitted)
        {
            return Redirect($"/opportunities/{id}/lots/{lotId}/bid/receipt");
        }

        TempData["Success"] = "Your draft bid has been saved";
        TempData["SuccessBody"] = $"It is not submitted yet. Submit it before {UkTime.DateAndTime(opportunity.BidDeadlineUtc)}.";
        return Redirect($"/opportunities/{id}/lots/{lotId}/bid");
    }

    [HttpPost("opportunities/{id:int}/lots/{lotId:int}/bid/withdraw")]
    public Task<IActionResult> Withdraw(int id, int lotId) =>
        Act(id, lotId, (bid, rules, opportunity) =>
        {
            bid.Withdraw(rules, Now);
            emails.BidWithdrawn(User.Identity!.Name!, User.DisplayName(), opportunity.Title, opportunity.Lots.Single(l => l.Id == lotId).Number,
                Now, opportunity.BidDeadlineUtc!.Value, $"{Request.Scheme}://{Request.Host}/opportunities/{id}/lots/{lotId}/bid");
        }, "Your bid has been withdrawn", "You can reopen it and submit again until the deadline.");

    [HttpPost("opportunities/{id:int}/lots/{lotId:int}/bid/reopen")]
    public Task<IActionResult> Reopen(int id, int lotId) =>
        Act(id, lotId, (bid, rules, _) => bid.Reopen(rules, Now), "Your bid is a draft again", "Submit it before the deadline for it to count.");

    [HttpPost("opportunities/{id:int}/lots/{lotId:int}/bid/attachments")]
    [RequestSizeLimit(BidAttachment.MaximumBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = BidAttachment.MaximumBytes + 1024 * 1024)]
    public async Task<IActionResult> Upload(int id, int lotId, IFormFile? attachment)
    {
        var opportunity = await LoadOpportunity(id);
        if (opportunity?.Lots.Any(l => l.Id == lotId) != true)
        {
            return NotFound();
        }

        var bid = await LoadBid(id, lotId);
        try
        {
            if (attachment is null)
            {
                throw new DomainException("Select a file to upload", "Attachment");
            }

            if (bid is null)
            {
                bid = opportunity.StartBid(lotId, ProviderId, users.GetUserId(User)!, Now);
                db.AddBid(bid);
            }

            var added = bid.AddAttachment(attachment.FileName, attachment.ContentType ?? "application/octet-stream", attachment.Length, opportunity.BidRules(), Now);
            using var buffer = new MemoryStream();
            await attachment.CopyToAsync(buffer);
            var bytes = buffer.ToArray();
            if (!BidAttachment.LooksLikeAllowedFile(bytes.AsSpan(0, Math.Min(8, bytes.Length))))
            {
                throw new DomainException("The selected file must be a PDF, Word or Excel file", "Attachment");
            }

            added.Content = new BidAttachmentContent(bytes);
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            var model = new BidFormViewModel();
            if (bid is { Id: > 0 })
            {
                await db.Entry(bid).ReloadAsync();
            }

            return View("Edit", Fill(FromBid(model, bid?.Id > 0 ? bid : null, opportunity.BidRules()), opportunity, lotId, bid?.Id > 0 ? bid : null));
        }

        TempData["Success"] = $"{Path.GetFileName(attachment.FileName)} has been added to your bid";
        return Redirect($"/opportunities/{id}/lots/{lotId}/bid#attachments");
    }

    [HttpPost("opportunities/{id:int}/lots/{lotId:int}/bid/attachments/{attachmentId:int}/delete")]
    public Task<IActionResult> RemoveAttachment(int id, int lotId, int attachmentId) =>
        Act(id, lotId, (bid, rules, _) => bid.RemoveAttachment(attachmentId, rules, Now), "The file has been removed from your bid", null);

    [HttpGet("opportunities/{id:int}/lots/{lotId:int}/bid/attachments/{attachmentId:int}")]
    public async Task<IActionResult> Attachment(int id, int lotId, int attachmentId)
    {
        var file = await db.OwnedBy(ProviderId).AsNoTracking().Where(b => b.OpportunityId == id && b.LotId == lotId)
            .SelectMany(b => b.Attachments).Where(a => a.Id == attachmentId)
            .Select(a => new { a.FileName, a.Content!.Data }).SingleOrDefaultAsync();
        return file is null ? NotFound() : File(file.Data, "application/octet-stream", file.FileName);
    }

    [HttpGet("opportunities/{id:int}/lots/{lotId:int}/bid/receipt")]
    public async Task<IActionResult> Receipt(int id, int lotId)
    {
        var bid = await db.OwnedBy(ProviderId).AsNoTracking().Include(b => b.Prices)
            .SingleOrDefaultAsync(b => b.OpportunityId == id && b.LotId == lotId && b.Status == BidStatus.Submitted);
        var opportunity = await LoadOpportunity(id);
        if (bid is null || opportunity is null)
        {
            return NotFound();
        }

        var lot = opportunity.Lots.Single(l => l.Id == lotId);
        return View(new ReceiptViewModel
        {
            OpportunityId = id,
            LotId = lotId,
            OpportunityTitle = opportunity.Title,
            LotTitle = $"Lot {lot.Number}: {lot.Title}",
            Receipt = bid.ReceiptReference!,
            SubmittedAtUtc = bid.SubmittedAtUtc!.Value,
            BidDeadlineUtc = opportunity.BidDeadlineUtc!.Value,
            TotalPrice = bid.TotalPrice,
            Provider = await db.Providers.Where(p => p.Id == ProviderId).Select(p => p.Name).SingleAsync(),
        });
    }

    private async Task<IActionResult> Act(int id, int lotId, Action<Bid, BidRules, Opportunity> change, string success, string? body)
    {
        var opportunity = await LoadOpportunity(id);
        var bid = await LoadBid(id, lotId);
        if (opportunity is null || bid is null)
        {
            return NotFound();
        }

        var saved = await db.SaveVersionedAsync(bid, bid.Version, () => change(bid, opportunity.BidRules(), opportunity));
        if (saved.Saved)
        {
            TempData["Success"] = success;
            if (body is not null)
            {
                TempData["SuccessBody"] = body;
            }
        }
        else
        {
            TempData["Error"] = saved.Explain("bid");
        }

        return Redirect($"/opportunities/{id}/lots/{lotId}/bid");
    }

    private Task<Opportunity?> LoadOpportunity(int id) =>
        db.Opportunities.AsNoTracking().AsSplitQuery().WithParts().EverPublished().SingleOrDefaultAsync(o => o.Id == id);

    private Task<Bid?> LoadBid(int id, int lotId) =>
        db.OwnedBy(ProviderId).AsSplitQuery()
            .Include(b => b.Prices).Include(b => b.Answers).Include(b => b.Commitments).Include(b => b.ConsortiumMembers).Include(b => b.Attachments)
            .SingleOrDefaultAsync(b => b.OpportunityId == id && b.LotId == lotId);

    /// <summary>The typed values as the bid's content (their shape has been checked by <see cref="BidFormValidator"/>).</summary>
    private static BidContent Content(BidFormViewModel model, BidRules rules)
    {
        var prices = Enumerable.Range(0, rules.PriceYears).Select(i => i < model.Prices.Count ? MoneyText.Parse(model.Prices[i]) : null).ToList();
        var commitments = Enumerable.Range(0, rules.SocialValueCriteria.Count)
            .Select(i => i < model.Commitments.Count ? NumberText.Figure(model.Commitments[i]) : null).ToList();
        var answers = Enumerable.Range(0, rules.Questions.Count).Select(i => i < model.Answers.Count ? model.Answers[i] : null).ToList();
        var members = (model.ConsortiumMembers ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return new BidContent(prices, answers, commitments, members);
    }

    private static BidFormViewModel FromBid(BidFormViewModel model, Bid? bid, BidRules rules)
    {
        if (bid is not null)
        {
            model.Version = bid.Version;
            var content = bid.CurrentContent(rules);
            model.Prices = content.YearPrices.Select(p => p?.ToString("0.##", CultureInfo.InvariantCulture)).ToList();
            model.Answers = content.Answers.ToList();
            model.Commitments = content.Commitments.Select(c => c?.ToString("0.##", CultureInfo.InvariantCulture)).ToList();
            model.ConsortiumMembers = string.Join('\n', content.ConsortiumMembers);
        }

        return model;
    }

    private BidFormViewModel Fill(BidFormViewModel model, Opportunity opportunity, int lotId, Bid? bid)
    {
        var lot = opportunity.Lots.Single(l => l.Id == lotId);
        var criteriaIds = opportunity.BidRules().SocialValueCriteria;
        var criteria = db.SocialValueCriteria.AsNoTracking().Where(c => criteriaIds.Contains(c.Id)).ToList();
        model.OpportunityId = opportunity.Id;
        model.LotId = lotId;
        model.OpportunityTitle = opportunity.Title;
        model.LotTitle = $"Lot {lot.Number}: {lot.Title}";
        model.LotAnnualValue = lot.AnnualValue;
        model.BidDeadlineUtc = opportunity.BidDeadlineUtc!.Value;
        model.Open = opportunity.IsOpenForBids(Now);
        model.ConsortiaAllowed = opportunity.ConsortiaAllowed;
        model.Status = bid?.Status;
        model.SubmittedAtUtc = bid?.SubmittedAtUtc;
        model.LastSavedAtUtc = bid?.LastSavedAtUtc;
        model.ReceiptReference = bid?.ReceiptReference;
        model.Questions = opportunity.QualityQuestions.OrderBy(q => q.Number).Select(q => new QualityQuestionRow(q.Id, q.Number, q.Text, q.Weight, q.WordLimit, q.Scorers)).ToList();
        model.Criteria = criteriaIds.Select(cid => criteria.Single(c => c.Id == cid)).Select(c => new CriterionRow(c.Id, c.Name, c.Principle, c.Unit, c.Description)).ToList();
        model.Attachments = bid?.Attachments.Where(a => a.Id > 0).Select(a => (a.Id, a.FileName, a.Length)).ToList() ?? [];
        while (model.Prices.Count < opportunity.PriceYears)
        {
            model.Prices.Add(null);
        }

        while (model.Answers.Count < model.Questions.Count)
        {
            model.Answers.Add(null);
        }

        while (model.Commitments.Count < model.Criteria.Count)
        {
            model.Commitments.Add(null);
        }

        return model;
    }
}
