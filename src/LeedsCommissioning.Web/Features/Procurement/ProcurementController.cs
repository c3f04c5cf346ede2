using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Infrastructure.Opportunities;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.Features.Shared;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Procurement;

/// <summary>Staff plan opportunities: list, draft, edit, approve, publish, cancel (issue 6).</summary>
[Route("procurement")]
[Authorize(Policies.Staff)]
public sealed class ProcurementController(
    CommissioningDbContext db, TimeProvider clock, UserManager<ApplicationUser> users, IAuthorizationService authorization) : Controller
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Opportunities a page of the staff list shows.</summary>
    public const int PageSize = 50;

    /// <summary>
    /// The staff list: newest first, 50 a page, at the stage chosen (or all). The stage is worked out by the database
    /// (<see cref="AtStage"/>), so a region's 20,000 opportunities are counted and paged there, not read into memory
    /// and written out whole (docs/benchmarks.md, "The procurement list: session 14").
    /// </summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(OpportunityStage? stage, int page = 1)
    {
        var canApprove = await Can(Policies.ApproveOpportunities);
        var total = await AtStage(db.Opportunities, stage, Now).CountAsync();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var model = new ProcurementIndexViewModel
        {
            Stage = stage,
            Rows = await RowsAsync(stage, (page - 1) * PageSize, PageSize),
            TotalCount = total,
            Page = page,
            PageCount = pageCount,
            PendingApplications = await db.OrganisationApplications.CountAsync(a => a.Status == Domain.Registration.ApplicationStatus.Pending),
            CanCreate = await Can(Policies.ManageOpportunities),
            CanApprove = canApprove,
            AwaitingYourApproval = canApprove ? await db.AwaitingApprovalOfAsync(users.GetUserId(User)!) : [],
        };
        return View(model);
    }

    /// <summary>The opportunities at the stage chosen (or all), every one of them, as a CSV file or an Excel workbook.</summary>
    [HttpGet("export.csv")]
    public async Task<IActionResult> ExportCsv(OpportunityStage? stage) => ProcurementRow.Export.Csv(await RowsAsync(stage), clock.UkToday());

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> ExportXlsx(OpportunityStage? stage) => ProcurementRow.Export.Xlsx(await RowsAsync(stage), clock.UkToday());

    /// <summary>The opportunities at <paramref name="stage"/> (or all), newest first, with their stage worked out now; a page of them when <paramref name="take"/> is given.</summary>
    private async Task<List<ProcurementRow>> RowsAsync(OpportunityStage? stage, int skip = 0, int? take = null)
    {
        var now = Now;
        var ordered = AtStage(db.Opportunities.AsNoTracking(), stage, now).OrderByDescending(o => o.CreatedAtUtc).ThenByDescending(o => o.Id);
        var paged = take is { } size ? ordered.Skip(skip).Take(size) : ordered;
        var rows = await paged
            .Select(o => new
            {
                o.Id, o.Title, o.ServiceArea, o.Status, o.BidDeadlineUtc, o.AuthorName,
                Waiting = db.ClarificationQuestions.Count(q => q.OpportunityId == o.Id && q.Answer == null),
                LastStep = o.ApprovalSteps.OrderByDescending(s => s.Number).Select(s => (ApprovalStepKind?)s.Kind).FirstOrDefault(),
            })
            .ToListAsync();
        return rows.Select(r => new ProcurementRow(r.Id, r.Title, r.ServiceArea.ToDisplayName(), StageOf(r.Status, r.BidDeadlineUtc, now, r.LastStep), r.BidDeadlineUtc, r.AuthorName, r.Waiting))
            .ToList();
    }

    /// <summary>
    /// The opportunities <see cref="StageOf"/> puts at <paramref name="stage"/> at <paramref name="now"/>, as a query the
    /// database answers: the same rule, written for SQL (a test compares the two on every stage).
    /// </summary>
    internal static IQueryable<Opportunity> AtStage(IQueryable<Opportunity> opportunities, OpportunityStage? stage, DateTime now) => stage switch
    {
        null => opportunities,
        OpportunityStage.Open => opportunities.Where(o => o.Status == OpportunityStatus.Published && o.BidDeadlineUtc != null && o.BidDeadlineUtc > now),
        OpportunityStage.Closed => opportunities.Where(o => o.Status == OpportunityStatus.Published && (o.BidDeadlineUtc == null || o.BidDeadlineUtc <= now)),
        // The last step (the highest number) was "returned": a returned step with none after it.
        OpportunityStage.Returned => opportunities.Where(o => o.Status == OpportunityStatus.Draft
            && o.ApprovalSteps.Any(s => s.Kind == ApprovalStepKind.Returned && !o.ApprovalSteps.Any(later => later.Number > s.Number))),
        OpportunityStage.Draft => opportunities.Where(o => o.Status == OpportunityStatus.Draft
            && !o.ApprovalSteps.Any(s => s.Kind == ApprovalStepKind.Returned && !o.ApprovalSteps.Any(later => later.Number > s.Number))),
        OpportunityStage.AwaitingApproval => opportunities.Where(o => o.Status == OpportunityStatus.SubmittedForApproval),
        OpportunityStage.Approved => opportunities.Where(o => o.Status == OpportunityStatus.Approved),
        OpportunityStage.InEvaluation => opportunities.Where(o => o.Status == OpportunityStatus.InEvaluation),
        OpportunityStage.Awarded => opportunities.Where(o => o.Status == OpportunityStatus.Awarded),
        _ => opportunities.Where(o => o.Status == OpportunityStatus.Cancelled),
    };

    [HttpGet("opportunities/new")]
    [Authorize(Policies.ManageOpportunities)]
    public async Task<IActionResult> New() =>
        View("Form", await WithOptions(new OpportunityFormViewModel { PaymentByResults = false, ConsortiaAllowed = true, Route = nameof(ProcurementProcedure.LightTouch), InitialTermMonths = "36" }));

    [HttpPost("opportunities/new")]
    [Authorize(Policies.ManageOpportunities)]
    public async Task<IActionResult> New(OpportunityFormViewModel model, [FromServices] IValidator<OpportunityFormViewModel> validator)
    {
        model.Id = null;
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View("Form", await WithOptions(model));
        }

        try
        {
            var opportunity = new Opportunity(model.Title!, model.Description, Enum.Parse<ServiceArea>(model.ServiceArea!), model.CommissioningOrganisationId!.Value,
                users.GetUserId(User)!, User.DisplayName(), Now);
            Apply(opportunity, model);
            db.Opportunities.Add(opportunity);
            await db.SaveChangesAsync();
            TempData["Success"] = "Draft opportunity created";
            TempData["SuccessBody"] = "Now add its lots and its evaluation model.";
            return Redirect($"/procurement/opportunities/{opportunity.Id}");
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return View("Form", await WithOptions(model));
        }
    }

    [HttpGet("opportunities/{id:int}")]
    public async Task<IActionResult> Overview(int id, [FromServices] KeepItLocalFigures keepItLocal, [FromServices] PublicationRules publication)
    {
        var opportunity = await db.Opportunities.AsNoTracking().AsSplitQuery().WithParts().SingleOrDefaultAsync(o => o.Id == id);
        var face = await db.PublicViewAsync(id, Now, everPublishedOnly: false);
        if (opportunity is null || face is null)
        {
            return NotFound();
        }

        var panel = await keepItLocal.PanelAsync(opportunity);
        var kind = await db.CommissioningOrganisations.Where(c => c.Id == opportunity.CommissioningOrganisationId).Select(c => c.Kind).SingleAsync();
        var publishDate = opportunity.PublishOn is { } planned && opportunity.PublishedAtUtc is not null ? planned
            : opportunity.PublishOn is { } p && p > UkTime.DateOf(Now) ? p : UkTime.DateOf(Now);
        var problems = opportunity.IsEditable ? opportunity.ProblemsBeforeApproval(KeepItLocalFigures.CountsByLotNumber(panel), Now) : [];
        var isAuthor = opportunity.AuthorUserId == users.GetUserId(User);
        var can = new ProcurementTaskList.Permissions(await Can(Policies.ManageOpportunities), isAuthor,
            await Can(Policies.ApproveOpportunities), await Can(Policies.RecordOutcome), await Can(Policies.OpenBids));
        return View(new OverviewViewModel
        {
            Opportunity = face,
            Tasks = ProcurementTaskList.For(id, ProcurementTasks.For(opportunity, problems, Now), can),
            Status = opportunity.Status,
            Version = opportunity.Version,
            AuthorName = opportunity.AuthorName,
            ApprovedByName = opportunity.ApprovedByName,
            ApprovedAtUtc = opportunity.ApprovedAtUtc,
            OutcomeNote = opportunity.OutcomeNote,
            KeepItLocal = panel,
            ValueMismatch = opportunity.IsEditable ? opportunity.ValueMismatch() : null,
            Publication = publication.For(kind, opportunity.Route, opportunity.EstimatedValue, publishDate),
            PublicationDateUsed = publishDate,
            Problems = problems,
            InterestCount = await db.InterestRegistrations.CountAsync(i => i.OpportunityId == id),
            WaitingQuestions = await db.ClarificationQuestions.CountAsync(q => q.OpportunityId == id && q.Answer == null),
            SubmittedBids = await db.CountSubmittedAsync(id),
            PastDeadline = opportunity.IsPastBidDeadline(Now) && opportunity.PublishedAtUtc is not null,
            IsAuthor = isAuthor,
            CanManage = can.CanManage,
            CanApprove = can.CanApprove,
            CanRecordOutcome = can.CanRecordOutcome,
            CanOpenBids = can.CanOpenBids,
            ApprovalSteps = opportunity.ApprovalSteps.OrderBy(s => s.Number).Select(Row).ToList(),
            OutstandingReturn = opportunity.OutstandingReturn is { } returned ? Row(returned) : null,
            PendingSubmission = opportunity.PendingSubmission is { } submitted ? Row(submitted) : null,
        });
    }

    [HttpGet("opportunities/{id:int}/edit")]
    [Authorize(Policies.ManageOpportunities)]
    public async Task<IActionResult> Edit(int id)
    {
        var o = await db.Opportunities.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id);
        if (o is null)
        {
            return NotFound();
        }

        return View("Form", await WithOptions(new OpportunityFormViewModel
        {
            Id = o.Id,
            Version = o.Version,
            Title = o.Title,
            Description = o.Description,
            ServiceArea = o.ServiceArea.ToString(),
            CommissioningOrganisationId = o.CommissioningOrganisationId,
            EstimatedValue = o.EstimatedValue == 0 ? null : o.EstimatedValue.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
            InitialTermMonths = o.InitialTermMonths.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ExtensionMonths = string.Join(", ", o.ExtensionMonths),
            Route = o.Route.ToString(),
            PaymentByResults = o.PaymentByResults,
            ConsortiaAllowed = o.ConsortiaAllowed,
            PublishOn = DateInputModel.From(o.PublishOn),
            ClarificationDeadline = DateInputModel.From(o.ClarificationDeadlineUtc is { } c ? UkTime.DateOf(c) : null),
            ClarificationDeadlineTime = o.ClarificationDeadlineUtc is { } ct ? UkTime.TimeOfDay(ct) : "12:00",
            BidDeadline = DateInputModel.From(o.BidDeadlineUtc is { } b ? UkTime.DateOf(b) : null),
            BidDeadlineTime = o.BidDeadlineUtc is { } bt ? UkTime.TimeOfDay(bt) : "12:00",
            EvaluationBy = DateInputModel.From(o.EvaluationBy),
            AwardBy = DateInputModel.From(o.AwardBy),
            ContractStart = DateInputModel.From(o.ContractStart),
        }));
    }

    [HttpPost("opportunities/{id:int}/edit")]
    [Authorize(Policies.ManageOpportunities)]
    public async Task<IActionResult> Edit(int id, OpportunityFormViewModel model, [FromServices] IValidator<OpportunityFormViewModel> validator)
    {
        model.Id = id;
        var opportunity = await db.Opportunities.SingleOrDefaultAsync(o => o.Id == id);
        if (opportunity is null)
        {
            return NotFound();
        }

        if (!await OpportunityEdits.ValidateAndSaveAsync(db, opportunity, model, validator, () =>
            {
                opportunity.Describe(model.Title!, model.Description, Enum.Parse<ServiceArea>(model.ServiceArea!), model.CommissioningOrganisationId!.Value);
                Apply(opportunity, model);
            }, ModelState))
        {
            return View("Form", await WithOptions(model));
        }

        TempData["Success"] = "Opportunity updated";
        return Redirect($"/procurement/opportunities/{id}");
    }

    /// <summary>"Approve to publish" only opens this page; over the estimate it asks why (docs/patterns.md, confirming an irreversible action).</summary>
    [HttpGet("opportunities/{id:int}/approve")]
    [Authorize(Policies.ApproveOpportunities)]
    public async Task<IActionResult> Approve(int id, int? version)
    {
        // The overview's link carries the version the approver read there, so a change since is refused on approval.
        var opportunity = await db.Opportunities.AsNoTracking().AsSplitQuery().WithParts().SingleOrDefaultAsync(o => o.Id == id);
        return opportunity is null ? NotFound() : View("ConfirmAction", ConfirmApprove(opportunity, version ?? opportunity.Version));
    }

    /// <summary>
    /// The confirmation page carries the version the approver read: a lot or weight changed since is refused, so nobody
    /// approves a Keep it Local panel they have not seen. When the lots are worth more than the estimate the reason is
    /// required, and goes into the approval history.
    /// </summary>
    [HttpPost("opportunities/{id:int}/approve")]
    [Authorize(Policies.ApproveOpportunities)]
    public async Task<IActionResult> Approve(int id, ConfirmActionForm form, [FromServices] KeepItLocalFigures keepItLocal, [FromServices] OpportunityEmails emails,
        [FromServices] IValidator<ConfirmActionViewModel> validator)
    {
        var opportunity = await db.Opportunities.AsSplitQuery().WithParts().SingleOrDefaultAsync(o => o.Id == id);
        if (opportunity is null)
        {
            return NotFound();
        }

        var model = ConfirmApprove(opportunity, form.Version ?? opportunity.Version, form.Reason);
        var panel = await keepItLocal.PanelAsync(opportunity);
        var author = await emails.AuthorAsync(opportunity.AuthorUserId);
        if (!await db.TryConfirmAsync(opportunity, model, validator, ModelState, "opportunity", () =>
            {
                opportunity.Approve(users.GetUserId(User)!, User.DisplayName(), KeepItLocalFigures.CountsByLotNumber(panel), keepItLocal.Cap, Now, form.Reason);
                if (author is not null)
                {
                    emails.Approved(author, opportunity.Title, User.DisplayName(), Now, $"{Request.Scheme}://{Request.Host}/procurement/opportunities/{id}");
                }
            }))
        {
            return View("ConfirmAction", model);
        }

        TempData["Success"] = "Opportunity approved to publish";
        TempData["SuccessBody"] = $"We have e-mailed {opportunity.AuthorName}, who drafted it. It can now be published.";
        return Redirect($"/procurement/opportunities/{id}");
    }

    [HttpPost("opportunities/{id:int}/return-to-draft")]
    [Authorize(Policies.ManageOpportunities)]
    public Task<IActionResult> ReturnToDraft(int id) =>
        Act(id, o => o.ReturnToDraft(users.GetUserId(User)!, User.DisplayName(), Now), "Opportunity returned to draft", "Change it, then submit it for approval again.");

    /// <summary>"Publish now" only opens this page (docs/patterns.md, confirming an irreversible action).</summary>
    [HttpGet("opportunities/{id:int}/publish")]
    [Authorize(Policies.ManageOpportunities)]
    public async Task<IActionResult> Publish(int id)
    {
        var opportunity = await db.Opportunities.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id);
        return opportunity is null ? NotFound() : View("ConfirmAction", ConfirmPublish(opportunity, opportunity.Version));
    }

    /// <summary>Publishes, from the confirmation page only; before the planned date the reason is required and goes into the approval history.</summary>
    [HttpPost("opportunities/{id:int}/publish")]
    [Authorize(Policies.ManageOpportunities)]
    public async Task<IActionResult> Publish(int id, ConfirmActionForm form, [FromServices] IValidator<ConfirmActionViewModel> validator)
    {
        var opportunity = await db.Opportunities.AsSplitQuery().WithParts().SingleOrDefaultAsync(o => o.Id == id);
        if (opportunity is null)
        {
            return NotFound();
        }

        var model = ConfirmPublish(opportunity, form.Version ?? opportunity.Version, form.Reason);
        if (!await db.TryConfirmAsync(opportunity, model, validator, ModelState, "opportunity",
                () => opportunity.Publish(users.GetUserId(User)!, User.DisplayName(), Now, form.Reason)))
        {
            return View("ConfirmAction", model);
        }

        TempData["Success"] = "Opportunity published";
        TempData["SuccessBody"] = "Providers can now find it, ask questions and bid.";
        return Redirect($"/procurement/opportunities/{id}");
    }

    /// <summary>"Cancel this opportunity" opens this page; the reason is required (docs/patterns.md, confirming an irreversible action).</summary>
    [HttpGet("opportunities/{id:int}/cancel")]
    [Authorize(Policies.RecordOutcome)]
    public async Task<IActionResult> Cancel(int id)
    {
        var opportunity = await db.Opportunities.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id);
        return opportunity is null ? NotFound() : View("ConfirmAction", ConfirmCancel(opportunity, opportunity.Version));
    }

    /// <summary>Cancels, from the confirmation page only, with the reason, which the opportunity's pages show.</summary>
    [HttpPost("opportunities/{id:int}/cancel")]
    [Authorize(Policies.RecordOutcome)]
    public async Task<IActionResult> Cancel(int id, ConfirmActionForm form, [FromServices] IValidator<ConfirmActionViewModel> validator)
    {
        var opportunity = await db.Opportunities.SingleOrDefaultAsync(o => o.Id == id);
        if (opportunity is null)
        {
            return NotFound();
        }

        var model = ConfirmCancel(opportunity, form.Version ?? opportunity.Version, form.Reason);
        if (!await db.TryConfirmAsync(opportunity, model, validator, ModelState, "opportunity", () => opportunity.Cancel(form.Reason!, Now)))
        {
            return View("ConfirmAction", model);
        }

        TempData["Success"] = "Opportunity cancelled";
        return Redirect($"/procurement/opportunities/{id}");
    }

    /// <summary>As <see cref="Opportunity.StageAt"/>, from a list's columns: <paramref name="lastStep"/> is the latest approval step.</summary>
    internal static OpportunityStage StageOf(OpportunityStatus status, DateTime? deadline, DateTime now, ApprovalStepKind? lastStep) => status switch
    {
        OpportunityStatus.Published => now < deadline ? OpportunityStage.Open : OpportunityStage.Closed,
        OpportunityStatus.Draft => lastStep == ApprovalStepKind.Returned ? OpportunityStage.Returned : OpportunityStage.Draft,
        OpportunityStatus.SubmittedForApproval => OpportunityStage.AwaitingApproval,
        OpportunityStatus.Approved => OpportunityStage.Approved,
        OpportunityStatus.InEvaluation => OpportunityStage.InEvaluation,
        OpportunityStatus.Awarded => OpportunityStage.Awarded,
        _ => OpportunityStage.Cancelled,
    };

    private ConfirmActionViewModel ConfirmPublish(Opportunity o, int version, string? reason = null)
    {
        var today = UkTime.DateOf(Now);
        var overrides = o.PublishingOverridesPlannedDate(Now);
        List<string> happens =
        [
            overrides
                ? $"it is published today, {UkTime.Date(today)}, instead of on its planned date of {UkTime.Date(o.PublishOn)}"
                : $"it is published today, {UkTime.Date(today)}",
            "anyone can read it on the public list of opportunities, and registered providers can register interest, ask questions and bid",
            $"questions close {UkTime.DateAndTime(o.ClarificationDeadlineUtc)} and bids close {UkTime.DateAndTime(o.BidDeadlineUtc)}",
            "nobody can change it any more: a change after publication is made by publishing a clarification",
            "nobody is e-mailed: providers find it on the list",
        ];
        return new ConfirmActionViewModel
        {
            Caption = o.Title,
            Question = overrides
                ? $"Are you sure you want to publish this opportunity now, before its planned date of {UkTime.Date(o.PublishOn)}?"
                : "Are you sure you want to publish this opportunity now?",
            WhatHappens = happens,
            Warning = "You could only cancel it later, and providers would see that it was cancelled.",
            Action = $"/procurement/opportunities/{o.Id}/publish",
            Version = version,
            ReasonLabel = overrides ? "Why are you publishing it before its planned date?" : null,
            ReasonHint = overrides ? "This is kept in the approval history." : null,
            ReasonRequired = overrides,
            ReasonMissing = $"Enter why you are publishing it before its planned date of {UkTime.Date(o.PublishOn)}",
            Reason = reason,
            Button = "Publish now",
            CancelHref = $"/procurement/opportunities/{o.Id}",
        };
    }

    private ConfirmActionViewModel ConfirmApprove(Opportunity o, int version, string? reason = null)
    {
        var mismatch = o.ValueMismatch();
        return new ConfirmActionViewModel
        {
            Caption = o.Title,
            Question = mismatch is null
                ? "Are you sure you want to approve this opportunity to publish?"
                : "Are you sure you want to approve this opportunity although its lots are worth more than its estimate?",
            WhatHappens =
            [
                $"we e-mail {o.AuthorName}, who drafted it, that you approved it",
                $"it can then be published, on its planned date of {UkTime.Date(o.PublishOn)} or sooner",
                "nobody can change it unless it is returned to draft, which needs a new approval",
            ],
            CannotBeUndone = false,
            Warning = mismatch,
            Action = $"/procurement/opportunities/{o.Id}/approve",
            Version = version,
            ReasonLabel = mismatch is null ? null : "Why are you approving it although its lots are worth more than its estimate?",
            ReasonHint = mismatch is null ? null : "This is kept in the approval history.",
            ReasonRequired = mismatch is not null,
            ReasonMissing = "Enter why you are approving it although its lots are worth more than its estimate",
            Reason = reason,
            Button = "Approve to publish",
            CancelHref = $"/procurement/opportunities/{o.Id}",
        };
    }

    private static ConfirmActionViewModel ConfirmCancel(Opportunity o, int version, string? reason = null) => new()
    {
        Caption = o.Title,
        Question = "Are you sure you want to cancel this opportunity?",
        WhatHappens =
        [
            "it is marked as cancelled, with your reason, on its page",
            "providers will see that it was cancelled",
            "no contract is awarded from it: to buy the service, draft a new opportunity",
            "nobody is e-mailed",
        ],
        Action = $"/procurement/opportunities/{o.Id}/cancel",
        Version = version,
        ReasonLabel = "Why is the opportunity being cancelled?",
        ReasonRequired = true,
        ReasonMissing = "Enter why the opportunity is being cancelled",
        ReasonMaxLength = 4000,
        Reason = reason,
        Button = "Cancel the opportunity",
        ButtonIsWarning = true,
        CancelHref = $"/procurement/opportunities/{o.Id}",
        CancelText = "Keep the opportunity",
    };

    private static ApprovalStepRow Row(ApprovalStep step) => new(step.Kind, step.ByName, step.AtUtc, step.Reason);

    private async Task<IActionResult> Act(int id, Action<Opportunity> action, string success, string? body = null) =>
        await OpportunityEdits.ActAsync(this, db, await db.Opportunities.AsSplitQuery().WithParts().SingleOrDefaultAsync(o => o.Id == id),
            action, success, $"/procurement/opportunities/{id}", body);

    private static void Apply(Opportunity opportunity, OpportunityFormViewModel model)
    {
        opportunity.SetCommercials(MoneyText.Parse(model.EstimatedValue)!.Value, NumberText.WholeNumber(model.InitialTermMonths)!.Value,
            FormValues.Months(model.ExtensionMonths)!, Enum.Parse<ProcurementProcedure>(model.Route!), model.PaymentByResults!.Value, model.ConsortiaAllowed!.Value);
        opportunity.SetTimetable(
            model.PublishOn.ToDateOnly()!.Value,
            UkTime.ToUtc(model.ClarificationDeadline.ToDateOnly()!.Value, FormValues.Time(model.ClarificationDeadlineTime)!.Value),
            UkTime.ToUtc(model.BidDeadline.ToDateOnly()!.Value, FormValues.Time(model.BidDeadlineTime)!.Value),
            model.EvaluationBy.ToDateOnly()!.Value, model.AwardBy.ToDateOnly()!.Value, model.ContractStart.ToDateOnly()!.Value);
    }

    private async Task<OpportunityFormViewModel> WithOptions(OpportunityFormViewModel model)
    {
        model.ServiceAreaOptions = Enum.GetValues<ServiceArea>().Select(s => new SelectListItem(s.ToDisplayName(), s.ToString())).ToList();
        model.OrganisationOptions = await db.CommissioningOrganisations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();
        return model;
    }

    private async Task<bool> Can(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;
}
