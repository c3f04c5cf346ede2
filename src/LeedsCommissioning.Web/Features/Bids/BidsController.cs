using System.Globalization;
using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Infrastructure.Opportunities;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.Features.Shared;
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
    public async Task<IActionResult> Index() => View(new YourBidsViewModel { Rows = await YourBids().ToListAsync(), NowUtc = Now });

    /// <summary>The organisation's own bids (never another's: SealedBids.OwnedBy) as a CSV file or an Excel workbook.</summary>
    [HttpGet("your-bids/export.csv")]
    public IActionResult ExportCsv() => YourBidsRow.Export(Now).Csv(YourBids().AsAsyncEnumerable(), clock.UkToday());

    [HttpGet("your-bids/export.xlsx")]
    public IActionResult ExportXlsx() => YourBidsRow.Export(Now).Xlsx(YourBids().AsAsyncEnumerable(), clock.UkToday());

    private IQueryable<YourBidsRow> YourBids() =>
        from b in db.OwnedBy(ProviderId).AsNoTracking()
        join o in db.Opportunities on b.OpportunityId equals o.Id
        join l in db.Set<Lot>() on b.LotId equals l.Id
        orderby o.BidDeadlineUtc descending, l.Number
        select new YourBidsRow(o.Id, o.Title, l.Id, l.Number, l.Title, b.Status, b.SubmittedAtUtc, o.BidDeadlineUtc!.Value, b.ReceiptReference,
            db.OutcomeLetters.Where(x => x.BidId == b.Id).Select(x => (int?)x.Id).FirstOrDefault());

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

        // The form carries the version it shows, so its next save is checked against it (and not refused as someone else's).
        return View(Fill(FromBid(new BidFormViewModel(), bid, opportunity.BidRules()), opportunity, lotId, bid));
    }

    /// <summary>
    /// Saves the draft ("Save as draft") or saves it and goes on to check it ("Submit bid"). Every problem is
    /// found in one pass: the validator's (the shape of each box) and the bid's own (what is missing, what is over
    /// its word limit), each against its field. Nothing is sent from here: a bid is sent from its check answers page.
    /// </summary>
    [HttpPost("opportunities/{id:int}/lots/{lotId:int}/bid")]
    public async Task<IActionResult> Edit(int id, int lotId, BidFormViewModel model, [FromServices] IValidator<BidFormViewModel> validator)
    {
        var opportunity = await LoadOpportunity(id);
        if (opportunity?.Lots.Any(l => l.Id == lotId) != true)
        {
            return NotFound();
        }

        var bid = await LoadBid(id, lotId);
        var (saved, checkNext) = await SaveTyping(model, opportunity, lotId, bid, validator, complete: model.Command == "submit");
        if (saved is null)
        {
            return View(Fill(model, opportunity, lotId, bid is null ? null : await LoadBid(id, lotId)));
        }

        if (checkNext)
        {
            return Redirect($"/opportunities/{id}/lots/{lotId}/bid/check-answers");
        }

        if (saved.Status == BidStatus.Submitted)
        {
            return Redirect($"/opportunities/{id}/lots/{lotId}/bid/receipt");
        }

        TempData["Success"] = "Your draft bid has been saved";
        TempData["SuccessBody"] = $"It is not submitted yet. Submit it before {UkTime.DateAndTime(opportunity.BidDeadlineUtc)}.";
        return Redirect($"/opportunities/{id}/lots/{lotId}/bid");
    }

    /// <summary>Check your answers: everything the bid will send, each with a Change link to its field, then the declaration.</summary>
    [HttpGet("opportunities/{id:int}/lots/{lotId:int}/bid/check-answers")]
    public async Task<IActionResult> CheckAnswers(int id, int lotId)
    {
        var opportunity = await LoadOpportunity(id);
        var bid = await LoadBid(id, lotId);
        if (opportunity is null || bid is null)
        {
            return NotFound();
        }

        if (bid.Status != BidStatus.Draft || bid.ProblemsBeforeSubmitting(opportunity.BidRules()).Count > 0)
        {
            return Redirect($"/opportunities/{id}/lots/{lotId}/bid");
        }

        if (!opportunity.IsOpenForBids(Now))
        {
            ModelState.AddModelError("", Bid.DeadlinePassed(opportunity.BidRules()));
        }

        return View(await CheckAnswersModel(opportunity, lotId, bid));
    }

    /// <summary>"Accept and send": submits the draft as checked (its version), once, with the receipt e-mailed; refused after the deadline.</summary>
    [HttpPost("opportunities/{id:int}/lots/{lotId:int}/bid/check-answers")]
    public async Task<IActionResult> CheckAnswers(int id, int lotId, int version)
    {
        var opportunity = await LoadOpportunity(id);
        var bid = await LoadBid(id, lotId);
        if (opportunity is null || bid is null)
        {
            return NotFound();
        }

        if (bid.Status == BidStatus.Submitted && bid.Version != version)
        {
            // Sent already (a second click on "Accept and send"): the first one counts.
            return Redirect($"/opportunities/{id}/lots/{lotId}/bid/confirmation");
        }

        var lot = opportunity.Lots.Single(l => l.Id == lotId);
        var saved = await db.SaveVersionedAsync(bid, version, () =>
        {
            bid.Submit(opportunity.BidRules(), users.GetUserId(User)!, Now);
            emails.BidReceipt(User.Identity!.Name!, User.DisplayName(), opportunity.Title, lot.Number, lot.Title, bid.ReceiptReference!,
                bid.SubmittedAtUtc!.Value, BidNextSteps.For(opportunity), $"{Request.Scheme}://{Request.Host}/opportunities/{id}/lots/{lotId}/bid/receipt");
        });
        if (saved.Saved)
        {
            return Redirect($"/opportunities/{id}/lots/{lotId}/bid/confirmation");
        }

        if (saved.Refusal is { } refusal)
        {
            ModelState.AddDomainError(refusal);
        }
        else
        {
            ModelState.AddModelError("", saved.Explain("bid"));
        }

        return View(await CheckAnswersModel(opportunity, lotId, await LoadBid(id, lotId) ?? bid));
    }

    /// <summary>The confirmation after "Accept and send": the receipt reference and what happens next.</summary>
    [HttpGet("opportunities/{id:int}/lots/{lotId:int}/bid/confirmation")]
    public Task<IActionResult> Confirmation(int id, int lotId) => ShowReceipt(id, lotId);

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

    /// <summary>
    /// Adds a file to the bid. The upload button belongs to the bid form, so what was typed since the last save comes
    /// with the file and is saved as the draft first (checked as a draft is, every problem at once): uploading never
    /// throws typing away. A submitted bid is not sent again by an upload: typed changes to it are kept on the page,
    /// to be sent with "Submit changes".
    /// </summary>
    [HttpPost("opportunities/{id:int}/lots/{lotId:int}/bid/attachments")]
    [RequestSizeLimit(BidAttachment.MaximumBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = BidAttachment.MaximumBytes + 1024 * 1024)]
    public async Task<IActionResult> Upload(int id, int lotId, BidFormViewModel model, [FromServices] IValidator<BidFormViewModel> validator)
    {
        var opportunity = await LoadOpportunity(id);
        if (opportunity?.Lots.Any(l => l.Id == lotId) != true)
        {
            return NotFound();
        }

        var rules = opportunity.BidRules();
        var bid = await LoadBid(id, lotId);
        var attachment = model.Attachment;
        // The bid form's fields came with the file (a bare upload, from an old page, leaves the saved answers alone).
        var typed = Request.Form.ContainsKey(nameof(BidFormViewModel.Version));
        if (typed && bid?.Status != BidStatus.Submitted)
        {
            var (saved, _) = await SaveTyping(model, opportunity, lotId, bid, validator, complete: false);
            if (saved is null)
            {
                return View("Edit", Fill(model, opportunity, lotId, bid is null ? null : await LoadBid(id, lotId)));
            }

            bid = saved;
        }
        else if (typed && bid is not null && !SameContent(Content(model, rules), bid.CurrentContent(rules)))
        {
            ModelState.AddModelError(nameof(BidFormViewModel.Attachment), "Submit your changes before you upload a file, or your changes will not be sent");
            return View("Edit", Fill(model, opportunity, lotId, bid));
        }
        else if (!typed)
        {
            FromBid(model, bid, rules);
        }

        BidAttachment added;
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

            var (content, problem) = await Uploads.ReadAsync(attachment, BidAttachment.MaximumBytes);
            added = bid.AddAttachment(attachment.FileName, content ?? throw new DomainException(problem!, "Attachment"), rules, Now);
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            var kept = bid is { Id: > 0 } ? await Reloaded(bid) : null;
            model.Version = kept?.Version ?? model.Version;
            return View("Edit", Fill(model, opportunity, lotId, kept));
        }

        TempData["Success"] = $"{added.FileName} has been added to your bid";
        if (typed && bid.Status == BidStatus.Draft)
        {
            TempData["SuccessBody"] = "What you had typed has been saved as your draft.";
        }

        return Redirect($"/opportunities/{id}/lots/{lotId}/bid#attachments");
    }

    [HttpPost("opportunities/{id:int}/lots/{lotId:int}/bid/attachments/{attachmentId:int}/delete")]
    public async Task<IActionResult> RemoveAttachment(int id, int lotId, int attachmentId)
    {
        // Another provider's attachment, or one of another lot's bid: 404, as downloading it answers.
        if (!await db.OwnedBy(ProviderId).Where(b => b.OpportunityId == id && b.LotId == lotId).SelectMany(b => b.Attachments).AnyAsync(a => a.Id == attachmentId))
        {
            return NotFound();
        }

        return await Act(id, lotId, (bid, rules, _) => bid.RemoveAttachment(attachmentId, rules, Now), "The file has been removed from your bid", null);
    }

    [HttpGet("opportunities/{id:int}/lots/{lotId:int}/bid/attachments/{attachmentId:int}")]
    public async Task<IActionResult> Attachment(int id, int lotId, int attachmentId)
    {
        var file = await db.OwnedBy(ProviderId).AsNoTracking().Where(b => b.OpportunityId == id && b.LotId == lotId)
            .SelectMany(b => b.Attachments).Where(a => a.Id == attachmentId)
            .Select(a => new { a.FileName, a.Content!.Data }).SingleOrDefaultAsync();
        return file is null ? NotFound() : this.StoredFile(file.Data, file.FileName);
    }

    /// <summary>The receipt of the submitted bid (linked from the receipt e-mail): the same page as the confirmation.</summary>
    [HttpGet("opportunities/{id:int}/lots/{lotId:int}/bid/receipt")]
    public Task<IActionResult> Receipt(int id, int lotId) => ShowReceipt(id, lotId);

    private async Task<IActionResult> ShowReceipt(int id, int lotId)
    {
        var bid = await db.OwnedBy(ProviderId).AsNoTracking().Include(b => b.Prices)
            .SingleOrDefaultAsync(b => b.OpportunityId == id && b.LotId == lotId && b.Status == BidStatus.Submitted);
        var opportunity = await LoadOpportunity(id);
        if (bid is null || opportunity is null)
        {
            return NotFound();
        }

        var lot = opportunity.Lots.Single(l => l.Id == lotId);
        var provider = await db.Providers.Where(p => p.Id == ProviderId).Select(p => p.Name).SingleAsync();
        return View("Confirmation", new ConfirmationModel
        {
            Title = "Bid submitted",
            ReferenceLabel = "Your receipt reference",
            Reference = bid.ReceiptReference,
            Summary =
            [
                new("Opportunity", opportunity.Title),
                new("Lot", $"Lot {lot.Number}: {lot.Title}"),
                new("From", provider),
                new("Received", $"{UkTime.DateAndTime(bid.SubmittedAtUtc)} (UK time)"),
                new("Total price", UkTime.Money(bid.TotalPrice)),
            ],
            WhatHappensNext = [.. BidNextSteps.For(opportunity), "We have e-mailed this reference and what happens next to the person who sent the bid. The e-mail does not include your prices or answers."],
            Links = [("View, change or withdraw your bid", $"/opportunities/{id}/lots/{lotId}/bid"), ("All your bids", "/your-bids")],
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

    /// <summary>
    /// Saves what was typed as the bid's content (the draft, or a submitted bid sent again), after checking it all in
    /// one pass: the deadline, the validator's shape checks and the bid's own rules (<paramref name="complete"/>: as for
    /// sending). Null, with every problem in ModelState, when it was not saved; true beside it when the draft is
    /// complete and to be checked next.
    /// </summary>
    private async Task<(Bid? Saved, bool CheckNext)> SaveTyping(BidFormViewModel model, Opportunity opportunity, int lotId, Bid? bid,
        IValidator<BidFormViewModel> validator, bool complete)
    {
        var rules = opportunity.BidRules();
        if (!opportunity.IsOpenForBids(Now))
        {
            ModelState.AddModelError("", Bid.DeadlinePassed(rules));
            return (null, false);
        }

        await ModelState.ValidateAsync(validator, model);
        var content = Content(model, rules);
        ModelState.AddDomainErrors(Bid.Problems(content, rules, requireComplete: complete || bid?.Status == BidStatus.Submitted));
        if (!ModelState.IsValid)
        {
            return (null, false);
        }

        if (bid is null)
        {
            try
            {
                bid = opportunity.StartBid(lotId, ProviderId, users.GetUserId(User)!, Now);
                db.AddBid(bid);
                bid.Save(content, rules, users.GetUserId(User)!, Now);
                await db.SaveChangesAsync();
            }
            catch (DomainException ex)
            {
                ModelState.AddDomainError(ex);
                return (null, false);
            }
        }
        else if (!await db.TrySaveFormAsync(bid, model.Version, ModelState, "bid", v => model.Version = v, () => bid.Save(content, rules, users.GetUserId(User)!, Now)))
        {
            // Two people of one provider saving the same bid: the second is refused with who saved it and when, and keeps what they typed.
            return (null, false);
        }

        return (bid, complete && bid.Status == BidStatus.Draft);
    }

    private async Task<CheckAnswersViewModel> CheckAnswersModel(Opportunity opportunity, int lotId, Bid bid)
    {
        var rules = opportunity.BidRules();
        var form = Fill(FromBid(new BidFormViewModel(), bid, rules), opportunity, lotId, bid);
        var bidUrl = $"/opportunities/{opportunity.Id}/lots/{lotId}/bid";
        var prices = form.Prices.Select((p, i) => new CheckAnswersRow($"Year {i + 1}", UkTime.Money(MoneyText.Parse(p) ?? 0m), $"{bidUrl}#Prices_{i}_", ChangeWhat: $"your price for year {i + 1}"))
            .Append(new CheckAnswersRow("Total", UkTime.Money(bid.TotalPrice)));
        var answers = form.Questions.Select((q, i) => new CheckAnswersRow($"{q.Number}. {q.Text}", form.Answers[i] ?? "", $"{bidUrl}#Answers_{i}_", MultiLine: true,
            ChangeWhat: $"your answer to question {q.Number}"));
        var commitments = form.Criteria.Select((c, i) => new CheckAnswersRow(c.Name, Quantity.Text(NumberText.Figure(form.Commitments[i]), c.Unit), $"{bidUrl}#Commitments_{i}_",
            ChangeWhat: $"your commitment for {c.Name}"));
        List<CheckAnswersSection> sections =
        [
            new("Price", prices.ToList()),
            new("Quality", answers.ToList()),
            new("Social value", commitments.ToList()),
        ];
        if (form.ConsortiaAllowed)
        {
            sections.Add(new("Consortium", [new("Consortium members", string.IsNullOrWhiteSpace(form.ConsortiumMembers) ? "None" : form.ConsortiumMembers, $"{bidUrl}#ConsortiumMembers", MultiLine: true)]));
        }

        sections.Add(new("Attachments", [new("Files", form.Attachments.Count == 0 ? "No files attached" : string.Join('\n', form.Attachments.Select(a => a.FileName)),
            $"{bidUrl}#attachments", MultiLine: true, ChangeWhat: "your attached files")]));
        var provider = await db.Providers.Where(p => p.Id == ProviderId).Select(p => p.Name).SingleAsync();
        return new CheckAnswersViewModel
        {
            OpportunityTitle = opportunity.Title,
            LotTitle = form.LotTitle,
            BidUrl = bidUrl,
            Sections = sections,
            BidDeadlineUtc = opportunity.BidDeadlineUtc!.Value,
            Declaration = opportunity.IsOpenForBids(Now)
                ? new DeclarationModel("Now send your bid",
                [
                    $"By sending this bid you confirm that, to the best of your knowledge, the prices, answers and commitments above are correct and complete, and that you may send it on behalf of {provider}.",
                    $"Nobody at the council or NHS Leeds can open it before bids close at {UkTime.DateAndTime(opportunity.BidDeadlineUtc)} (UK time). Until then you can change it or withdraw it.",
                ], $"{bidUrl}/check-answers", "Accept and send", bid.Version)
                : null,
        };
    }

    private async Task<Bid> Reloaded(Bid bid)
    {
        db.ChangeTracker.Clear();
        return (await LoadBid(bid.OpportunityId, bid.LotId))!;
    }

    private static bool SameContent(BidContent a, BidContent b) =>
        a.YearPrices.SequenceEqual(b.YearPrices) && a.Commitments.SequenceEqual(b.Commitments)
        && a.Answers.Select(x => x?.Trim() ?? "").SequenceEqual(b.Answers.Select(x => x?.Trim() ?? ""))
        && a.ConsortiumMembers.SequenceEqual(b.ConsortiumMembers);

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
        model.OutcomeLetterId = bid is null ? null : db.OutcomeLetters.AsNoTracking().Where(x => x.BidId == bid.Id && x.ProviderId == bid.ProviderId).Select(x => (int?)x.Id).FirstOrDefault();
        model.Questions = opportunity.QualityQuestions.Where(q => !q.IsPresentation).OrderBy(q => q.Number).Select(q => new QualityQuestionRow(q.Id, q.Number, q.Text, q.Weight, q.WordLimit, q.Scorers)).ToList();
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
