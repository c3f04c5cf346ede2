using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Shared;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// "End this contract" (issue 19): marking a contract as ending, ended or decommissioned goes through the shared
/// confirmation page (docs/patterns.md), which says what will happen and asks how, from when and why; only its POST
/// acts (<see cref="Contract.End"/>), and the reason is kept in the history as a recorded change. The Compact for Leeds
/// check (<see cref="CompactCheck"/>) asks when and how each third-sector organisation was told, and why when that is less
/// than six months before the end. Decommissioning goes through a decommissioning case (issue 14, /decommissioning), so
/// it is not offered here.
/// </summary>
[Route("contracts/{id:int}/end")]
[Authorize(Policies.ManageContracts)]
public sealed class ContractEndingController(CommissioningDbContext db, TimeProvider clock, RenewalRules rules) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> End(int id)
    {
        var contract = await Load(id, tracking: false);
        return contract is null || !CanEnd(contract) ? NotFound() : View("ConfirmAction", Confirm(contract, contract.Version, new EndContractFields()));
    }

    [HttpPost("")]
    public async Task<IActionResult> End(int id, int version, string? reason, EndContractFields fields,
        [FromServices] IValidator<ConfirmActionViewModel> reasonValidator, [FromServices] IValidator<EndContractFields> fieldsValidator)
    {
        var contract = await Load(id, tracking: true);
        if (contract is null || !CanEnd(contract))
        {
            return NotFound();
        }

        var model = Confirm(contract, version, fields, reason);
        var fieldsValid = await ModelState.ValidateAsync(fieldsValidator, fields);
        var today = clock.UkToday();
        var notice = Decommissioning.CompactNoticeForm.Read(ModelState, fields, today, rules);
        if (!await ModelState.ValidateAsync(reasonValidator, model) || !fieldsValid || !ModelState.IsValid
            || !await db.TrySaveFormAsync(contract, version, ModelState, "contract", v => version = v,
                () => contract.End(fields.Outcome!.Value, new ChangeRecord(fields.EffectiveDate.ToDateOnly()!.Value, reason,
                    User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, User.DisplayName(), clock.GetUtcNow().UtcDateTime),
                    new CompactContext(notice, today, rules))))
        {
            return View("ConfirmAction", Confirm(contract, version, fields, reason));
        }

        TempData["Success"] = $"{contract.Reference} is now {contract.Status.ToDisplayName().ToLowerInvariant()}";
        TempData["SuccessBody"] = "The reason is kept in its history.";
        return Redirect($"/contracts/{id}");
    }

    private static bool CanEnd(Contract contract) => contract.NextStatuses.Any(s => s is ContractStatus.Ending or ContractStatus.Ended);

    private async Task<Contract?> Load(int id, bool tracking)
    {
        var query = db.Contracts.Include(c => c.Funding).Include(c => c.Providers).ThenInclude(p => p.Provider).AsSplitQuery();
        return await (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(c => c.Id == id);
    }

    private ConfirmActionViewModel Confirm(Contract c, int version, EndContractFields fields, string? reason = null)
    {
        var today = clock.UkToday();
        fields.CurrentEndDate = c.CurrentEndDate;
        fields.OutcomeOptions = c.NextStatuses.Where(s => s is ContractStatus.Ending or ContractStatus.Ended)
            .Select(s => new SelectListItem(OutcomeText(s), s.ToString(), fields.Outcome == s)).ToList();
        var end = fields.EffectiveDate.ToDateOnly() ?? c.CurrentEndDate;
        fields.CompactChecks = CompactCheck.For(c, end < c.CurrentEndDate ? FundingChangeKind.EarlyTermination : FundingChangeKind.Ending, end,
            new CompactNotice(fields.CompactGivenOn.ToDateOnly(), fields.CompactHow, null), today, rules);

        var providers = c.Providers.OrderBy(p => p.Role).ThenBy(p => p.Provider.Name).Select(p => $"{p.Provider.Name} ({p.Role.ToDisplayName().ToLowerInvariant()})").ToList();
        return new ConfirmActionViewModel
        {
            Caption = $"{c.Reference}: {c.Title}",
            Question = $"Are you sure you want to end {c.Title}?",
            WhatHappens =
            [
                $"its status changes from {c.Status.ToDisplayName().ToLowerInvariant()} to the one you choose below, and the date it ends and your reason are kept in its history",
                "the register shows the new status; once ended or decommissioned, its value, funding, term and providers can no longer be changed and it no longer counts among contracts ending soon",
                providers.Count == 0
                    ? "it has no providers recorded"
                    : $"its providers, {string.Join(", ", providers)}, see the new status on their contracts page; the portal does not write to them, so give them notice as the contract and the Compact require",
            ],
            Warning = $"The contract cannot return to being {c.Status.ToDisplayName().ToLowerInvariant()}.",
            Action = $"/contracts/{c.Id}/end",
            Version = version,
            FieldsPartial = "_EndContractFields",
            FieldsModel = fields,
            ReasonLabel = "Why is the contract ending?",
            ReasonHint = "Kept in the contract's history. To decommission the service, start a decommissioning case from the contract's page instead.",
            ReasonRequired = true,
            ReasonMissing = "Enter why the contract is ending",
            ReasonMaxLength = ContractChange.MaxReasonLength,
            Reason = reason,
            Button = "End the contract",
            ButtonIsWarning = true,
            CancelHref = $"/contracts/{c.Id}",
        };
    }

    private static string OutcomeText(ContractStatus status) => status switch
    {
        ContractStatus.Ending => "Ending: notice has been given and the service runs until its last day",
        _ => "Ended: the service has stopped at the end of its term",
    };
}
