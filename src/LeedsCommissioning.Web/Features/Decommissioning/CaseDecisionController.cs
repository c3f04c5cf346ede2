using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Decommissioning;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Shared;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Decommissioning;

/// <summary>
/// A case's way to its decision (docs/patterns.md): check answers and submit (commissioners), the decision maker's
/// decision on its decision record, and, once approved with nothing missing, decommissioning the contract on a
/// confirmation page with the reason.
/// </summary>
[Route("decommissioning/{id:int}")]
public sealed class CaseDecisionController(CommissioningDbContext db, TimeProvider clock, RenewalRules rules, DecisionRules decisionRules)
    : CaseControllerBase(db, clock, rules)
{
    [HttpGet("check-answers")]
    [Authorize(Policies.ManageContracts)]
    public async Task<IActionResult> CheckAnswers(int id)
    {
        var c = await Load(id, tracked: false);
        if (c is null)
        {
            return NotFound();
        }

        return c.IsDraft ? View(await Answers(c)) : NotEditable(c);
    }

    [HttpPost("check-answers")]
    [Authorize(Policies.ManageContracts)]
    public async Task<IActionResult> CheckAnswers(int id, int version)
    {
        var c = await Load(id, tracked: true);
        if (c is null)
        {
            return NotFound();
        }

        if (!c.IsDraft)
        {
            return NotEditable(c);
        }

        if (!await Db.TrySaveFormAsync(c, version, ModelState, "case", _ => { }, () => c.Submit(Today, Rules)))
        {
            Db.ChangeTracker.Clear();
            return View(await Answers((await Load(id, tracked: false))!));
        }

        return Redirect($"/decommissioning/{id}/submit/confirmation");
    }

    [HttpGet("submit/confirmation")]
    [Authorize(Policies.ManageContracts)]
    public async Task<IActionResult> Submitted(int id)
    {
        var c = await Load(id, tracked: false);
        if (c is null)
        {
            return NotFound();
        }

        if (c.IsDraft)
        {
            return Redirect($"/decommissioning/{id}");
        }

        var heading = await Heading(c);
        return View("Confirmation", new ConfirmationModel
        {
            Title = "Case submitted for a decision",
            ReferenceLabel = "Contract",
            Reference = heading.Reference,
            Summary = [new CheckAnswersRow("Contract", heading.Title), new CheckAnswersRow("Submitted on", UkTime.Date(c.SubmittedOn))],
            WhatHappensNext =
            [
                "A decision maker reads the case and approves or refuses it, giving their reasons on the decision record.",
                "The case can no longer be changed, except its exit plan, which you keep up to date.",
                "Once it is approved, and notice to every third-sector organisation is recorded, you can decommission the contract from the case's page.",
            ],
            Links = [("Back to the case", $"/decommissioning/{id}"), ("All decommissioning cases", "/decommissioning")],
        });
    }

    [HttpGet("decide")]
    [Authorize(Policies.DecideDecommissioning)]
    public async Task<IActionResult> Decide(int id)
    {
        var c = await Load(id, tracked: false);
        if (c is null)
        {
            return NotFound();
        }

        if (c.Status != DecommissioningStatus.Submitted)
        {
            TempData["Error"] = c.Decision.IsDecided ? "This case has already been decided." : "This case has not been submitted for a decision yet.";
            return Redirect($"/decommissioning/{id}");
        }

        return View(await ForDecision(c, new DecideCaseViewModel { Version = c.Version }));
    }

    [HttpPost("decide")]
    [Authorize(Policies.DecideDecommissioning)]
    public async Task<IActionResult> Decide(int id, DecideCaseViewModel model, [FromServices] IValidator<DecideCaseViewModel> validator)
    {
        var c = await Load(id, tracked: true);
        if (c is null)
        {
            return NotFound();
        }

        await ModelState.ValidateAsync(validator, model);
        var decider = new Decider(User.UserId(), User.DisplayName(), User.IsInRole(Domain.Security.Roles.DecisionMaker));
        if (!ModelState.IsValid || !await Db.TrySaveFormAsync(c, model.Version, ModelState, "case", v => model.Version = v,
                () => c.Decide(decider, model.Outcome == "approve", model.Reasons!, Today, decisionRules)))
        {
            return View(await ForDecision(c, model));
        }

        return Redirect($"/decommissioning/{id}/decide/confirmation");
    }

    [HttpGet("decide/confirmation")]
    [Authorize(Policies.DecideDecommissioning)]
    public async Task<IActionResult> Decided(int id)
    {
        var c = await Load(id, tracked: false);
        if (c is null)
        {
            return NotFound();
        }

        if (!c.Decision.IsDecided)
        {
            return Redirect($"/decommissioning/{id}");
        }

        var heading = await Heading(c);
        var approved = c.Decision.Outcome == DecisionOutcome.Approved;
        return View("Confirmation", new ConfirmationModel
        {
            Title = approved ? "Case for change approved" : "Case for change refused",
            ReferenceLabel = "Contract",
            Reference = heading.Reference,
            Summary =
            [
                new CheckAnswersRow("Contract", heading.Title),
                new CheckAnswersRow("Decision", c.Decision.Outcome.ToDisplayName()),
                new CheckAnswersRow("Reasons", c.Decision.OutcomeReasons ?? "", MultiLine: true),
            ],
            WhatHappensNext = approved
                ? [$"{c.CommissionerName} sees the decision on the case's page and completes it: the contract is decommissioned there once notice to every third-sector organisation is recorded."]
                : [$"{c.CommissionerName} sees the refusal and your reasons on the case's page. The contract carries on as it is."],
            Links = [("Back to the case", $"/decommissioning/{id}"), ("All decommissioning cases", "/decommissioning")],
        });
    }

    [HttpGet("decommission")]
    [Authorize(Policies.ManageContracts)]
    public async Task<IActionResult> Decommission(int id)
    {
        var c = await Load(id, tracked: false);
        if (c is null)
        {
            return NotFound();
        }

        var contract = await Db.Contracts.AsNoTracking().SingleAsync(x => x.Id == c.ContractId);
        return c.Status == DecommissioningStatus.Approved ? View("ConfirmAction", Confirm(c, contract, c.Version)) : Redirect($"/decommissioning/{id}");
    }

    [HttpPost("decommission")]
    [Authorize(Policies.ManageContracts)]
    public async Task<IActionResult> Decommission(int id, ConfirmActionForm form, [FromServices] IValidator<ConfirmActionViewModel> validator)
    {
        var c = await Load(id, tracked: true);
        if (c is null)
        {
            return NotFound();
        }

        if (c.Status != DecommissioningStatus.Approved)
        {
            return Redirect($"/decommissioning/{id}");
        }

        var contract = await Db.Contracts.Include(x => x.Funding).Include(x => x.Providers).ThenInclude(p => p.Provider).AsSplitQuery()
            .SingleAsync(x => x.Id == c.ContractId);
        var model = Confirm(c, contract, form.Version ?? c.Version, form.Reason);
        var record = new ChangeRecord(c.EndOrReductionDate ?? Today, form.Reason, User.UserId(), User.DisplayName(), Clock.GetUtcNow().UtcDateTime);
        if (!await Db.TryConfirmAsync(c, model, validator, ModelState, "case", () => c.DecommissionContract(contract, record, Today, Rules)))
        {
            return View("ConfirmAction", model);
        }

        TempData["Success"] = c.Kind == CaseForChangeKind.ReductionInValue
            ? $"The reduction of {contract.Reference} is recorded and the case is complete"
            : $"{contract.Reference} is now decommissioned";
        TempData["SuccessBody"] = "The reason is kept in the contract's history. Its contract termination notice (UK11) can be prepared from the contract's page.";
        return Redirect($"/decommissioning/{id}");
    }

    private ConfirmActionViewModel Confirm(DecommissioningCase c, Contract contract, int version, string? reason = null)
    {
        var reduction = c.Kind == CaseForChangeKind.ReductionInValue;
        return new ConfirmActionViewModel
        {
            Caption = $"{contract.Reference}: {contract.Title}",
            Question = reduction ? $"Are you sure the reduction of {contract.Title} is done?" : $"Are you sure you want to decommission {contract.Title}?",
            WhatHappens = reduction
                ? ["the case is completed; the contract's value stays as it was changed with “Change value and funding”"]
                :
                [
                    $"the contract's status changes from {contract.Status.ToDisplayName().ToLowerInvariant()} to decommissioned, with the date the service ends, {UkTime.Date(c.EndOrReductionDate)}, and your reason kept in its history",
                    "its value, funding, term and providers can no longer be changed",
                    "the case is completed; open exit tasks stay on its page",
                ],
            Warning = reduction ? null : $"The contract cannot return to being {contract.Status.ToDisplayName().ToLowerInvariant()}.",
            CannotBeUndone = !reduction,
            Action = $"/decommissioning/{c.Id}/decommission",
            Version = version,
            ReasonLabel = "Why is the contract being decommissioned?",
            ReasonHint = "Kept in the contract's history, with the decision's reference.",
            ReasonRequired = true,
            ReasonMissing = "Enter why the contract is being decommissioned",
            ReasonMaxLength = ContractChange.MaxReasonLength,
            Reason = reason,
            Button = reduction ? "Complete the case" : "Decommission the contract",
            ButtonIsWarning = !reduction,
            CancelHref = $"/decommissioning/{c.Id}",
        };
    }

    private async Task<CheckAnswersPage> Answers(DecommissioningCase c) => new(await Heading(c), c, CaseAnswers.Sections(c, Today, Rules, editable: true),
        c.MissingForSubmission(Today, Rules));

    private async Task<DecideCaseViewModel> ForDecision(DecommissioningCase c, DecideCaseViewModel model)
    {
        model.Case = await Heading(c);
        model.Answers = CaseAnswers.Sections(c, Today, Rules, editable: false).Select(s => new CheckAnswersSectionView(s.Heading ?? "", s.Rows)).ToList();
        return model;
    }
}

public sealed record CheckAnswersPage(CaseHeading Heading, DecommissioningCase Case, IReadOnlyList<CheckAnswersSection> Sections, IReadOnlyList<CaseGap> Missing);
