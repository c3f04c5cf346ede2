using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Clarifications;

/// <summary>After publication: dated clarifications, a later deadline, and answers to providers' questions, published to all without the asker's name.</summary>
[Route("procurement/opportunities/{id:int}")]
[Authorize(Policies.ManageOpportunities)]
public sealed class ClarificationsController(CommissioningDbContext db, TimeProvider clock, OpportunityEmails emails) : Controller
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [HttpGet("clarifications")]
    public async Task<IActionResult> Index(int id)
    {
        var model = await Build(id, new ClarificationsViewModel());
        return model is null ? NotFound() : View(model);
    }

    /// <summary>The providers' questions as the page lists them: waiting or answered, who asked (never published), the answer.</summary>
    [HttpGet("clarifications/export.csv")]
    public async Task<IActionResult> ExportCsv(int id) =>
        await Build(id, new ClarificationsViewModel()) is { } model ? StaffQuestionRow.Export.Csv(model.Questions, clock.UkToday()) : NotFound();

    [HttpGet("clarifications/export.xlsx")]
    public async Task<IActionResult> ExportXlsx(int id) =>
        await Build(id, new ClarificationsViewModel()) is { } model ? StaffQuestionRow.Export.Xlsx(model.Questions, clock.UkToday()) : NotFound();

    [HttpPost("clarifications")]
    public async Task<IActionResult> Publish(int id, ClarificationsViewModel model)
    {
        var o = await db.Opportunities.Include(x => x.Clarifications).SingleOrDefaultAsync(x => x.Id == id);
        if (o is null)
        {
            return NotFound();
        }

        try
        {
            o.PublishClarification(model.Text ?? "", User.DisplayName(), Now);
            await emails.FollowersAsync(id, o.Title, "A clarification has been published", PublicLink(id));
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return View("Index", await Build(id, model));
        }

        TempData["Success"] = "Clarification published";
        return Redirect($"/procurement/opportunities/{id}/clarifications");
    }

    [HttpPost("clarifications/extend-deadline")]
    public async Task<IActionResult> ExtendDeadline(int id, ClarificationsViewModel model)
    {
        var o = await db.Opportunities.Include(x => x.Clarifications).SingleOrDefaultAsync(x => x.Id == id);
        if (o is null)
        {
            return NotFound();
        }

        if (!model.NewDeadline.TryGetDate(out var date))
        {
            ModelState.AddModelError(nameof(model.NewDeadline), "Enter the new deadline for bids as a real date");
        }

        if (FormValues.Time(model.NewDeadlineTime) is not { } time)
        {
            ModelState.AddModelError(nameof(model.NewDeadlineTime), "Enter the time bids close, like 12:00 or 5pm");
            time = default;
        }

        if (string.IsNullOrWhiteSpace(model.Reason))
        {
            ModelState.AddModelError(nameof(model.Reason), "Enter why the deadline is moving");
        }

        try
        {
            if (ModelState.IsValid)
            {
                o.ExtendBidDeadline(UkTime.ToUtc(date, time), model.Reason!, User.DisplayName(), Now);
                await emails.FollowersAsync(id, o.Title, $"The deadline for bids has moved to {UkTime.DateAndTime(o.BidDeadlineUtc)}", PublicLink(id));
                await db.SaveChangesAsync();
                TempData["Success"] = "Deadline moved and clarification published";
                return Redirect($"/procurement/opportunities/{id}/clarifications");
            }
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ex.Field == "BidDeadline" ? nameof(model.NewDeadline) : "", ex.Message);
        }

        return View("Index", await Build(id, model));
    }

    [HttpGet("questions/{questionId:int}/answer")]
    public async Task<IActionResult> Answer(int id, int questionId)
    {
        var model = await BuildAnswer(id, questionId);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("questions/{questionId:int}/answer")]
    public async Task<IActionResult> Answer(int id, int questionId, AnswerViewModel model, [FromServices] IValidator<AnswerViewModel> validator)
    {
        var question = await db.ClarificationQuestions.SingleOrDefaultAsync(q => q.Id == questionId && q.OpportunityId == id);
        var shown = await BuildAnswer(id, questionId);
        if (question is null || shown is null)
        {
            return NotFound();
        }

        shown.Question = model.Question;
        shown.Answer = model.Answer;
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(shown);
        }

        try
        {
            question.AnswerAndPublish(model.Question, model.Answer!, User.DisplayName(), Now);
            await emails.FollowersAsync(id, shown.OpportunityTitle, "A question has been answered", PublicLink(id));
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return View(shown);
        }

        TempData["Success"] = "Answer published";
        TempData["SuccessBody"] = "Every provider can now read the question and answer. Who asked is not shown.";
        return Redirect($"/procurement/opportunities/{id}/clarifications");
    }

    private string PublicLink(int id) => $"{Request.Scheme}://{Request.Host}/opportunities/{id}#clarifications";

    private async Task<AnswerViewModel?> BuildAnswer(int id, int questionId) =>
        await (from q in db.ClarificationQuestions.AsNoTracking()
               join o in db.Opportunities on q.OpportunityId equals o.Id
               join p in db.Providers on q.ProviderId equals p.Id
               where q.Id == questionId && q.OpportunityId == id
               select new AnswerViewModel
               {
                   OpportunityId = id,
                   QuestionId = questionId,
                   OpportunityTitle = o.Title,
                   AskedBy = p.Name,
                   Question = q.Text,
                   Answer = q.Answer,
               }).SingleOrDefaultAsync();

    private async Task<ClarificationsViewModel?> Build(int id, ClarificationsViewModel model)
    {
        var o = await db.Opportunities.AsNoTracking().Include(x => x.Clarifications).SingleOrDefaultAsync(x => x.Id == id);
        if (o is null)
        {
            return null;
        }

        model.OpportunityId = id;
        model.OpportunityTitle = o.Title;
        model.Open = o.IsOpenForBids(Now);
        model.BidDeadlineUtc = o.BidDeadlineUtc;
        model.Notices = o.Clarifications.OrderBy(c => c.Number).Select(c => new NoticeRow(c.Number, c.Text, c.PublishedAtUtc)).ToList();
        model.Questions = await (from q in db.ClarificationQuestions.AsNoTracking()
                                 join p in db.Providers on q.ProviderId equals p.Id
                                 where q.OpportunityId == id
                                 orderby q.AskedAtUtc
                                 select new StaffQuestionRow(q.Id, q.Text, p.Name, q.AskedAtUtc, q.Answer, q.AnsweredAtUtc)).ToListAsync();
        return model;
    }
}
