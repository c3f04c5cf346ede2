using FluentValidation;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Procurement;

/// <summary>
/// An opportunity's way to approval (issue 11): its author checks what will be sent and submits it, every
/// approver is e-mailed in the same save, and an approver returns it with a reason (the author is e-mailed)
/// or approves it (<see cref="ProcurementController.Approve"/>). The author can withdraw a submission to change it.
/// </summary>
[Route("procurement/opportunities/{id:int}")]
public sealed class ApprovalController(
    CommissioningDbContext db, TimeProvider clock, UserManager<ApplicationUser> users, KeepItLocalFigures keepItLocal, OpportunityEmails emails) : Controller
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [HttpGet("submit")]
    [Authorize(Policies.ManageOpportunities)]
    public async Task<IActionResult> Submit(int id)
    {
        var opportunity = await Load(id, tracked: false);
        if (opportunity is null)
        {
            return NotFound();
        }

        return opportunity.Status == OpportunityStatus.Draft ? View(await SubmitModel(opportunity)) : Redirect(OverviewUrl(id));
    }

    [HttpPost("submit")]
    [Authorize(Policies.ManageOpportunities)]
    public async Task<IActionResult> Submit(int id, int version)
    {
        var opportunity = await Load(id, tracked: true);
        if (opportunity is null)
        {
            return NotFound();
        }

        var counts = KeepItLocalFigures.CountsByLotNumber(await keepItLocal.PanelAsync(opportunity));
        var approvers = await emails.ApproversAsync(opportunity.AuthorUserId);
        var saved = await OpportunityEdits.TrySaveAsync(db, opportunity, version, () =>
        {
            opportunity.SubmitForApproval(users.GetUserId(User)!, User.DisplayName(), counts, Now);
            emails.SubmittedForApproval(approvers, opportunity.AuthorName, opportunity.Title, Link(id));
        }, ModelState);
        if (!saved.Saved)
        {
            return View(await SubmitModel(await Load(id, tracked: false) ?? opportunity));
        }

        return Redirect($"{OverviewUrl(id)}/submit/confirmation");
    }

    /// <summary>The confirmation after submitting for approval: who was e-mailed and what happens next (docs/patterns.md).</summary>
    [HttpGet("submit/confirmation")]
    [Authorize(Policies.ManageOpportunities)]
    public async Task<IActionResult> Submitted(int id)
    {
        var o = await db.Opportunities.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new { o.Title, o.Status, o.AuthorUserId, o.Version }).SingleOrDefaultAsync();
        if (o is null)
        {
            return NotFound();
        }

        if (o.Status != OpportunityStatus.SubmittedForApproval)
        {
            return Redirect(OverviewUrl(id));
        }

        var approvers = await emails.ApproversAsync(o.AuthorUserId);
        return View("Confirmation", new Shared.ConfirmationModel
        {
            Title = "Submitted for approval",
            ReferenceLabel = "Opportunity number",
            Reference = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Summary = [new("Opportunity", o.Title)],
            WhatHappensNext =
            [
                approvers.Count == 0
                    ? "Nobody who can approve it has an account yet: ask an administrator to invite an approver."
                    : $"We have e-mailed {ToldList(approvers)}. One of them will approve it, or return it to you saying what needs to change; you will get an e-mail either way.",
                "Until then nobody can change it: withdraw the submission from the opportunity's page if you need to.",
            ],
            Links = [("Back to the opportunity", OverviewUrl(id)), ("All procurements", "/procurement")],
        });
    }

    [HttpPost("withdraw")]
    [Authorize(Policies.ManageOpportunities)]
    public async Task<IActionResult> Withdraw(int id) =>
        await OpportunityEdits.ActAsync(this, db, await Load(id, tracked: true),
            o => o.WithdrawSubmission(users.GetUserId(User)!, User.DisplayName(), Now),
            "Submission withdrawn", OverviewUrl(id), "The opportunity is a draft again. Change it, then submit it for approval again.");

    [HttpGet("return")]
    [Authorize(Policies.ApproveOpportunities)]
    public async Task<IActionResult> Return(int id)
    {
        var o = await db.Opportunities.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new { o.Title, o.AuthorName, o.Version, o.Status }).SingleOrDefaultAsync();
        if (o is null)
        {
            return NotFound();
        }

        return o.Status == OpportunityStatus.SubmittedForApproval
            ? View(new ReturnViewModel { Id = id, Title = o.Title, AuthorName = o.AuthorName, Version = o.Version })
            : Redirect(OverviewUrl(id));
    }

    [HttpPost("return")]
    [Authorize(Policies.ApproveOpportunities)]
    public async Task<IActionResult> Return(int id, ReturnViewModel model, [FromServices] IValidator<ReturnViewModel> validator)
    {
        var opportunity = await Load(id, tracked: true);
        if (opportunity is null)
        {
            return NotFound();
        }

        model.Id = id;
        model.Title = opportunity.Title;
        model.AuthorName = opportunity.AuthorName;
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(model);
        }

        var author = await emails.AuthorAsync(opportunity.AuthorUserId);
        var saved = await OpportunityEdits.TrySaveAsync(db, opportunity, model.Version, () =>
        {
            opportunity.ReturnToAuthor(users.GetUserId(User)!, User.DisplayName(), model.Reason, Now);
            if (author is not null)
            {
                emails.Returned(author, opportunity.Title, User.DisplayName(), model.Reason!.Trim(), Now, Link(id));
            }
        }, ModelState);
        if (!saved.Saved)
        {
            model.Version = saved.Version;
            return View(model);
        }

        TempData["Success"] = $"Returned to {opportunity.AuthorName}";
        TempData["SuccessBody"] = "We have e-mailed them your reason. The opportunity shows it until they submit it again.";
        return Redirect(OverviewUrl(id));
    }

    /// <summary>"Priya Shah, Grace Okafor and Sam Patel".</summary>
    internal static string ToldList(IReadOnlyList<OpportunityEmails.Recipient> people) =>
        people.Count == 1 ? people[0].Name : $"{string.Join(", ", people.Take(people.Count - 1).Select(p => p.Name))} and {people[^1].Name}";

    private static string OverviewUrl(int id) => $"/procurement/opportunities/{id}";

    private string Link(int id) => $"{Request.Scheme}://{Request.Host}{OverviewUrl(id)}";

    private Task<Opportunity?> Load(int id, bool tracked)
    {
        var query = db.Opportunities.AsSplitQuery().WithParts();
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(o => o.Id == id);
    }

    private async Task<SubmitViewModel> SubmitModel(Opportunity opportunity)
    {
        var panel = await keepItLocal.PanelAsync(opportunity);
        return new SubmitViewModel
        {
            Opportunity = (await db.PublicViewAsync(opportunity.Id, Now, everPublishedOnly: false))!,
            Version = opportunity.Version,
            AuthorName = opportunity.AuthorName,
            IsAuthor = opportunity.AuthorUserId == users.GetUserId(User),
            IsDraft = opportunity.Status == OpportunityStatus.Draft,
            KeepItLocal = panel,
            Problems = opportunity.Status == OpportunityStatus.Draft ? opportunity.ProblemsBeforeApproval(KeepItLocalFigures.CountsByLotNumber(panel), Now) : [],
            OutstandingReturn = opportunity.OutstandingReturn is { } r ? new ApprovalStepRow(r.Kind, r.ByName, r.AtUtc, r.Reason) : null,
            Approvers = (await emails.ApproversAsync(opportunity.AuthorUserId)).Select(a => a.Name).ToList(),
        };
    }
}
