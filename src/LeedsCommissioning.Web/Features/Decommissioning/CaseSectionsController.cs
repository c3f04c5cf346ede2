using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decommissioning;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Decommissioning;

/// <summary>
/// One page per section of a decommissioning case (domain.md section 5), each a short form that saves that section only
/// and goes back to the task list. Commissioners only, while the case is a draft.
/// </summary>
[Route("decommissioning/{id:int}")]
[Authorize(Policies.ManageContracts)]
public sealed class CaseSectionsController(CommissioningDbContext db, TimeProvider clock, RenewalRules rules) : CaseControllerBase(db, clock, rules)
{
    [HttpGet("case-for-change")]
    public Task<IActionResult> CaseForChange(int id) => Show(id, async c =>
    {
        var contract = await Db.Contracts.AsNoTracking().SingleAsync(x => x.Id == c.ContractId);
        return new CaseForChangeViewModel
        {
            Kind = c.Kind, Reason = c.Reason, Evidence = c.Evidence, EndOrReductionDate = DateInputModel.From(c.EndOrReductionDate),
            NewAnnualValue = c.NewAnnualValue is { } v ? Contracts.ContractChoices.MoneyValue(v) : null,
            CurrentAnnualValue = contract.AnnualValue, CurrentEndDate = contract.CurrentEndDate,
        };
    });

    [HttpPost("case-for-change")]
    public Task<IActionResult> CaseForChange(int id, CaseForChangeViewModel model, [FromServices] IValidator<CaseForChangeViewModel> validator) =>
        Save(id, model, validator, async c =>
        {
            var contract = await Db.Contracts.AsNoTracking().SingleAsync(x => x.Id == c.ContractId);
            model.CurrentAnnualValue = contract.AnnualValue;
            model.CurrentEndDate = contract.CurrentEndDate;
            return () => c.DescribeCase(model.Kind, model.Reason, model.Evidence, model.EndOrReductionDate.ToDateOnly(), MoneyText.Parse(model.NewAnnualValue), contract);
        });

    [HttpGet("impact")]
    public Task<IActionResult> Impact(int id) => Show(id, c => Task.FromResult(new ImpactViewModel
    {
        ServiceUsersAffected = c.ServiceUsersAffected?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        GroupsAffected = c.GroupsAffected, TransitionPlan = c.TransitionPlan,
    }));

    [HttpPost("impact")]
    public Task<IActionResult> Impact(int id, ImpactViewModel model, [FromServices] IValidator<ImpactViewModel> validator) =>
        Save(id, model, validator, c => Task.FromResult<Action>(() => c.DescribeImpact(
            int.TryParse(model.ServiceUsersAffected?.Trim().Replace(",", "", StringComparison.Ordinal), out var n) ? n : null, model.GroupsAffected, model.TransitionPlan)));

    [HttpGet("stakeholders")]
    public Task<IActionResult> Stakeholders(int id) => Show(id, c => Task.FromResult(new StakeholdersViewModel
    {
        Stakeholders = c.Stakeholders.OrderBy(s => s.Stakeholder).Select(s => new StakeholderLine
        {
            Stakeholder = s.Stakeholder, Consulted = s.Consulted, ConsultedOn = DateInputModel.From(s.ConsultedOn), WhatTheySaid = s.WhatTheySaid,
        }).ToList(),
    }));

    [HttpPost("stakeholders")]
    public Task<IActionResult> Stakeholders(int id, StakeholdersViewModel model, [FromServices] IValidator<StakeholdersViewModel> validator) =>
        Save(id, model, validator, c =>
        {
            // The list of stakeholders is the case's, whatever was posted: one line each, in order.
            var posted = model.Stakeholders.Where(l => Enum.IsDefined(l.Stakeholder)).GroupBy(l => l.Stakeholder).ToDictionary(g => g.Key, g => g.First());
            model.Stakeholders = c.Stakeholders.OrderBy(s => s.Stakeholder).Select(s => posted.GetValueOrDefault(s.Stakeholder) ?? new StakeholderLine { Stakeholder = s.Stakeholder }).ToList();
            return Task.FromResult<Action>(() => c.RecordStakeholders(
                model.Stakeholders.Select(l => (l.Stakeholder, l.Consulted, l.ConsultedOn.ToDateOnly(), l.WhatTheySaid)).ToList(), Today));
        });

    [HttpGet("dimensions")]
    public Task<IActionResult> Dimensions(int id) => Show(id, c => Task.FromResult(new DimensionsViewModel { DimensionsAssessment = c.DimensionsAssessment }));

    [HttpPost("dimensions")]
    public Task<IActionResult> Dimensions(int id, DimensionsViewModel model) =>
        Save(id, model, null, c => Task.FromResult<Action>(() => c.AssessDimensions(model.DimensionsAssessment)));

    [HttpGet("checklist")]
    public Task<IActionResult> Checklist(int id) => Show(id, c => Task.FromResult(new ChecklistViewModel
    {
        Items = c.Checklist.OrderBy(i => i.Check).Select(i => new ChecklistLine
        {
            Check = i.Check, Evidence = i.Evidence, Link = i.DocumentLink, NotApplicableReason = i.NotApplicableReason,
        }).ToList(),
    }));

    [HttpPost("checklist")]
    public Task<IActionResult> Checklist(int id, ChecklistViewModel model) =>
        Save(id, model, null, c =>
        {
            var posted = model.Items.Where(l => Enum.IsDefined(l.Check)).GroupBy(l => l.Check).ToDictionary(g => g.Key, g => g.First());
            model.Items = c.Checklist.OrderBy(i => i.Check).Select(i => posted.GetValueOrDefault(i.Check) ?? new ChecklistLine { Check = i.Check }).ToList();
            return Task.FromResult<Action>(() => c.RecordChecklist(model.Items.Select(l => (l.Check, l.Evidence, l.Link, l.NotApplicableReason)).ToList()));
        });

    [HttpGet("engagement")]
    public Task<IActionResult> Engagement(int id) => Show(id, c => Task.FromResult(new EngagementViewModel()));

    [HttpPost("engagement")]
    public Task<IActionResult> Engagement(int id, EngagementViewModel model, [FromServices] IValidator<EngagementViewModel> validator) =>
        Save(id, model, validator, c => Task.FromResult<Action>(() => c.LogEngagement(model.On.ToDateOnly(), model.Who, model.WhatWasSaid, Today)),
            stayOnPage: true);

    [HttpGet("exit-plan")]
    public Task<IActionResult> ExitPlan(int id) => Show(id, c => Task.FromResult(new ExitPlanViewModel
    {
        Tasks = c.ExitTasks.OrderBy(t => t.Number).Select(t => new ExitTaskLine
        {
            Number = t.Number, Name = t.Name, OwnerUserId = t.OwnerUserId, OwnerName = t.OwnerUserId is null ? t.OwnerName : null,
            DueOn = DateInputModel.From(t.DueOn), DoneOn = DateInputModel.From(t.DoneOn),
        }).ToList(),
    }));

    [HttpPost("exit-plan")]
    public Task<IActionResult> ExitPlan(int id, ExitPlanViewModel model, [FromServices] IValidator<ExitPlanViewModel> validator) =>
        Save(id, model, validator, async c =>
        {
            var names = await Db.Users.AsNoTracking().Where(u => u.CommissioningOrganisationId != null).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
            var posted = model.Tasks.GroupBy(t => t.Number).ToDictionary(g => g.Key, g => g.First());
            model.Tasks = c.ExitTasks.OrderBy(t => t.Number).Select(t =>
            {
                var line = posted.GetValueOrDefault(t.Number) ?? new ExitTaskLine { Number = t.Number };
                line.Name = t.Name;
                line.OwnerUserId = line.OwnerUserId is { } uid && names.ContainsKey(uid) ? uid : null;
                return line;
            }).ToList();
            return () => c.PlanExit(model.Tasks.Select(t => (t.Number, t.OwnerUserId is { } uid ? names[uid] : t.OwnerName, t.OwnerUserId,
                t.DueOn.ToDateOnly(), t.DoneOn.ToDateOnly())).ToList(), Today);
        }, editableAfterSubmission: true);

    [HttpGet("compact-notice")]
    public Task<IActionResult> CompactNotice(int id) => Show(id, c => Task.FromResult(new CompactNoticesViewModel
    {
        Notices = c.CompactNotices.OrderBy(n => n.Role).ThenBy(n => n.ProviderName).Select(n => new NoticeLine
        {
            ProviderId = n.ProviderId, CompactGivenOn = DateInputModel.From(n.GivenOn), CompactHow = n.How, CompactShortNoticeReason = n.ShortNoticeReason,
        }).ToList(),
    }));

    [HttpPost("compact-notice")]
    public Task<IActionResult> CompactNotice(int id, CompactNoticesViewModel model, [FromServices] IValidator<CompactNoticesViewModel> validator) =>
        Save(id, model, validator, c =>
        {
            var posted = model.Notices.GroupBy(n => n.ProviderId).ToDictionary(g => g.Key, g => g.First());
            model.Notices = c.CompactNotices.OrderBy(n => n.Role).ThenBy(n => n.ProviderName)
                .Select(n => posted.GetValueOrDefault(n.ProviderId) ?? new NoticeLine { ProviderId = n.ProviderId }).ToList();
            return Task.FromResult<Action>(() => c.RecordCompactNotices(
                model.Notices.Select(n => (n.ProviderId, n.CompactGivenOn.ToDateOnly(), n.CompactHow, n.CompactShortNoticeReason)).ToList(), Today, Rules));
        });

    [HttpGet("sign-off")]
    public Task<IActionResult> SignOff(int id) => Show(id, c => Task.FromResult(new SignOffViewModel
    {
        PigApprovedOn = DateInputModel.From(c.PigApprovedOn), CfvSignedOffOn = DateInputModel.From(c.CfvSignedOffOn),
        Route = c.Decision.Route, Kind = c.Decision.Kind, EiaScreeningDone = c.Decision.EiaScreeningDone,
        EiaScreeningLink = c.Decision.EiaScreeningLink, ExecutiveMemberBriefed = c.Decision.ExecutiveMemberBriefed,
    }));

    [HttpPost("sign-off")]
    public Task<IActionResult> SignOff(int id, SignOffViewModel model, [FromServices] IValidator<SignOffViewModel> validator) =>
        Save(id, model, validator, c => Task.FromResult<Action>(() => c.RecordSignOff(model.PigApprovedOn.ToDateOnly(), model.CfvSignedOffOn.ToDateOnly(),
            model.Route, model.Kind, model.EiaScreeningDone, model.EiaScreeningLink, model.ExecutiveMemberBriefed, Today)));

    /// <summary>The section's form filled from the case, or 404 for no case; a submitted case goes back to its page.</summary>
    private async Task<IActionResult> Show<TModel>(int id, Func<DecommissioningCase, Task<TModel>> fill, [System.Runtime.CompilerServices.CallerMemberName] string view = "")
        where TModel : CaseForm
    {
        var c = await Load(id, tracked: false);
        if (c is null)
        {
            return NotFound();
        }

        if (!c.IsDraft && view != nameof(ExitPlan))
        {
            return NotEditable(c);
        }

        var model = await fill(c);
        model.Version = c.Version;
        return View(view, await Decorate(c, model));
    }

    /// <summary>
    /// Checks the shape, applies the section's rule and saves; the form comes back with every problem and what was typed, or
    /// the task list (the engagement log's own page for a new entry) opens with a banner.
    /// </summary>
    private async Task<IActionResult> Save<TModel>(int id, TModel model, IValidator<TModel>? validator, Func<DecommissioningCase, Task<Action>> change,
        bool stayOnPage = false, bool editableAfterSubmission = false, [System.Runtime.CompilerServices.CallerMemberName] string view = "")
        where TModel : CaseForm
    {
        var c = await Load(id, tracked: true);
        if (c is null)
        {
            return NotFound();
        }

        if (!c.IsDraft && !(editableAfterSubmission && c.Status is DecommissioningStatus.Submitted or DecommissioningStatus.Approved))
        {
            return NotEditable(c);
        }

        if (validator is not null)
        {
            await ModelState.ValidateAsync(validator, model);
        }

        var apply = await change(c);
        if (!await TrySave(c, model, apply))
        {
            return View(view, await Decorate(c, model));
        }

        TempData["Success"] = stayOnPage ? "Conversation added to the engagement log" : "Saved";
        return Redirect(stayOnPage ? $"/decommissioning/{id}/engagement" : $"/decommissioning/{id}");
    }

    /// <summary>What each form shows besides its fields: the heading, the engagement log, owners, the Compact checks.</summary>
    private async Task<TModel> Decorate<TModel>(DecommissioningCase c, TModel model)
        where TModel : CaseForm
    {
        model.Case = await Heading(c);
        switch (model)
        {
            case EngagementViewModel engagement:
                engagement.Log = c.Engagement.OrderByDescending(e => e.On).ThenByDescending(e => e.Id).ToList();
                break;
            case ExitPlanViewModel exit:
                exit.OwnerOptions = await Db.Users.AsNoTracking().Where(u => u.CommissioningOrganisationId != null).OrderBy(u => u.DisplayName)
                    .Select(u => new SelectListItem(u.DisplayName, u.Id)).ToListAsync();
                break;
            case CompactNoticesViewModel notices:
                notices.EndOrReductionDate = c.EndOrReductionDate;
                foreach (var line in notices.Notices)
                {
                    var notice = c.CompactNotices.Single(n => n.ProviderId == line.ProviderId);
                    line.ProviderName = notice.ProviderName;
                    line.Role = notice.Role;
                    line.Check = c.EndOrReductionDate is { } end
                        ? Domain.Contracts.CompactCheck.Check(notice.ProviderId, notice.ProviderName, notice.Role, end, line.CompactGivenOn.ToDateOnly(), line.CompactHow, Today, Rules)
                        : null;
                }

                break;
            case SignOffViewModel signOff:
                signOff.NeedsCcgSignOff = c.NeedsCcgSignOff;
                signOff.NeedsCouncilDecision = c.NeedsCouncilDecision;
                break;
        }

        return model;
    }
}
