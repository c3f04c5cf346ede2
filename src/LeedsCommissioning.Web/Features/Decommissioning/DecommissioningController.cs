using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Decommissioning;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Decommissioning;

/// <summary>
/// Decommissioning (issue 14; domain.md section 5): the list of cases for change, starting one for a contract, and a case's
/// task list. Commissioners prepare cases; decision makers read them to decide; providers never see them.
/// </summary>
[Route("decommissioning")]
[Authorize(Policies.ViewDecommissioning)]
public sealed class DecommissioningController(CommissioningDbContext db, TimeProvider clock, RenewalRules rules, IAuthorizationService authorization)
    : CaseControllerBase(db, clock, rules)
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(new CasesViewModel(await RowsAsync(), await Can(Policies.ManageContracts)));

    /// <summary>The cases for change as a CSV file or an Excel workbook, as the list shows them.</summary>
    [HttpGet("export.csv")]
    public async Task<IActionResult> ExportCsv() => CaseRow.Export.Csv(await RowsAsync(), Today);

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> ExportXlsx() => CaseRow.Export.Xlsx(await RowsAsync(), Today);

    /// <summary>Every case, open ones first, with its next step and what is missing worked out today.</summary>
    private async Task<List<CaseRow>> RowsAsync()
    {
        var cases = await Db.DecommissioningCases.AsNoTracking().Include(c => c.Stakeholders).Include(c => c.Checklist).Include(c => c.Engagement)
            .Include(c => c.ExitTasks).Include(c => c.CompactNotices).Include(c => c.Decision).AsSplitQuery()
            .OrderBy(c => c.Status).ThenByDescending(c => c.StartedAtUtc).ToListAsync();
        var contracts = await Db.Contracts.AsNoTracking().Where(c => cases.Select(x => x.ContractId).Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new { c.Reference, c.Title, c.CurrentEndDate });
        return cases.Select(c =>
        {
            var contract = contracts[c.ContractId];
            var missing = c.MissingForDecommissioning(Today, Rules);
            return new CaseRow(c.Id, contract.Reference, contract.Title, c.Kind, c.Status, CaseOverview.NextStep(c, missing, Today, Rules),
                c.Status is DecommissioningStatus.Completed or DecommissioningStatus.Refused ? 0 : missing.Count);
        }).ToList();
    }

    [HttpGet("new")]
    [Authorize(Policies.ManageContracts)]
    public async Task<IActionResult> New(int? contractId) => View(await WithContracts(new NewCaseViewModel { ContractId = contractId }));

    [HttpPost("new")]
    [Authorize(Policies.ManageContracts)]
    public async Task<IActionResult> New(NewCaseViewModel model, [FromServices] DecommissioningOptions options)
    {
        var contract = model.ContractId is { } id
            ? await Db.Contracts.Include(c => c.Providers).ThenInclude(p => p.Provider).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id)
            : null;
        if (contract is null)
        {
            ModelState.AddModelError(nameof(model.ContractId), "Select the contract the case for change is about");
            return View(await WithContracts(model));
        }

        if (await Db.DecommissioningCases.AnyAsync(c => c.ContractId == contract.Id && c.Status != DecommissioningStatus.Refused))
        {
            ModelState.AddModelError(nameof(model.ContractId), "This contract already has a decommissioning case: open it from the list");
            return View(await WithContracts(model));
        }

        var funderKinds = await Db.FundingContributions.AsNoTracking().Where(f => f.ContractId == contract.Id && f.FunderOrganisationId != null)
            .Join(Db.CommissioningOrganisations, f => f.FunderOrganisationId, o => o.Id, (f, o) => o.Kind).ToListAsync();
        var commissionerKind = await Db.CommissioningOrganisations.Where(o => o.Id == contract.CommissioningOrganisationId).Select(o => o.Kind).SingleAsync();
        DecommissioningCase started;
        try
        {
            started = DecommissioningCase.Start(contract, funderKinds, commissionerKind, options.ExitTasks, User.UserId(), User.DisplayName(),
                Clock.GetUtcNow().UtcDateTime);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return View(await WithContracts(model));
        }

        Db.DecommissioningCases.Add(started);
        await Db.SaveChangesAsync();
        TempData["Success"] = $"Decommissioning case started for {contract.Reference}";
        return Redirect($"/decommissioning/{started.Id}");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Case(int id)
    {
        var c = await Load(id, tracked: false);
        if (c is null)
        {
            return NotFound();
        }

        var contract = await Db.Contracts.AsNoTracking().Where(x => x.Id == c.ContractId)
            .Select(x => new { x.Reference, x.Title, x.CurrentEndDate, x.AnnualValue, x.Status }).SingleAsync();
        var canEdit = await Can(Policies.ManageContracts);
        return View(new CaseOverview
        {
            Case = c,
            Heading = new CaseHeading(c.Id, c.ContractId, contract.Reference, contract.Title, c.Status),
            ContractEndDate = contract.CurrentEndDate,
            ContractAnnualValue = contract.AnnualValue,
            ContractStatus = contract.Status,
            Tasks = CaseOverview.TaskList(c, canEdit && c.IsDraft, Today, Rules),
            MissingForSubmission = c.MissingForSubmission(Today, Rules),
            MissingForDecommissioning = c.MissingForDecommissioning(Today, Rules),
            CompactChecks = c.CompactChecks(Today, Rules),
            CanEdit = canEdit,
            CanDecide = await Can(Policies.DecideDecommissioning),
            Today = Today,
        });
    }

    private async Task<bool> Can(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;

    private async Task<NewCaseViewModel> WithContracts(NewCaseViewModel model)
    {
        var delivering = new[] { ContractStatus.Live, ContractStatus.InExtension, ContractStatus.Ending };
        model.ContractOptions = await Db.Contracts.AsNoTracking().Where(c => delivering.Contains(c.Status)).OrderBy(c => c.Reference)
            .Select(c => new SelectListItem(c.Reference + ": " + c.Title, c.Id.ToString(), c.Id == model.ContractId)).ToListAsync();
        return model;
    }
}

public sealed record CaseRow(int Id, string Reference, string Title, CaseForChangeKind? Kind, DecommissioningStatus Status, string NextStep, int MissingCount)
{
    public static LeedsCommissioning.Web.Infrastructure.Exports.ListExport<CaseRow> Export { get; } =
        new LeedsCommissioning.Web.Infrastructure.Exports.ListExport<CaseRow>("decommissioning-cases", "Cases for change")
            .Text("Reference", r => r.Reference, 18)
            .Text("Contract", r => r.Title, 50)
            .Text("Kind", r => r.Kind?.ToDisplayName() ?? "Not given yet", 26)
            .Text("Status", r => r.Status.ToDisplayName(), 14)
            .Text("Next step", r => r.NextStep, 50)
            .Number("Missing", r => r.MissingCount, 10);
}

public sealed record CasesViewModel(IReadOnlyList<CaseRow> Cases, bool CanStart);

/// <summary>A case's page: its task list, what is missing, and what can be done next.</summary>
public sealed class CaseOverview
{
    public required DecommissioningCase Case { get; init; }

    public required CaseHeading Heading { get; init; }

    public DateOnly ContractEndDate { get; init; }

    public decimal ContractAnnualValue { get; init; }

    public ContractStatus ContractStatus { get; init; }

    public required TaskListModel Tasks { get; init; }

    public required IReadOnlyList<CaseGap> MissingForSubmission { get; init; }

    public required IReadOnlyList<CaseGap> MissingForDecommissioning { get; init; }

    public required IReadOnlyList<CompactNoticeCheck> CompactChecks { get; init; }

    public bool CanEdit { get; init; }

    public bool CanDecide { get; init; }

    public DateOnly Today { get; init; }

    /// <summary>The page of each section, in the task list's order.</summary>
    public static IReadOnlyList<(CaseSection Section, string Name, string Path)> Sections { get; } =
    [
        (CaseSection.CaseForChange, "Case for change", "case-for-change"),
        (CaseSection.Impact, "Impact on service users", "impact"),
        (CaseSection.Stakeholders, "Stakeholder dimensions checklist", "stakeholders"),
        (CaseSection.Dimensions, "Commissioning dimensions assessment", "dimensions"),
        (CaseSection.Checklist, "Principles and perspectives", "checklist"),
        (CaseSection.Engagement, "Provider engagement log", "engagement"),
        (CaseSection.ExitPlan, "Exit plan", "exit-plan"),
        (CaseSection.CompactNotice, "Compact notice to the third sector", "compact-notice"),
        (CaseSection.SignOff, "Sign-off", "sign-off"),
    ];

    public static TaskListModel TaskList(DecommissioningCase c, bool editable, DateOnly today, RenewalRules rules)
    {
        var prepare = Sections.Select(s => new TaskListItem(s.Name, editable ? $"/decommissioning/{c.Id}/{s.Path}" : null, c.Progress(s.Section, today, rules),
            s.Section == CaseSection.CompactNotice && c.CompactNotices.Count == 0 ? "No third-sector organisation on the contract" : null)).ToList();
        var decision = c.Progress(CaseSection.Decision, today, rules);
        var decide = new TaskListItem("Check and submit for a decision", editable ? $"/decommissioning/{c.Id}/check-answers" : null, decision);
        return new TaskListModel("case-task", [new TaskListSection("Prepare the case", prepare), new TaskListSection("Decision", [decide])]);
    }

    /// <summary>What the case waits for, in a few words, for the list of cases.</summary>
    public static string NextStep(DecommissioningCase c, IReadOnlyList<CaseGap> missing, DateOnly today, RenewalRules rules) => c.Status switch
    {
        DecommissioningStatus.Draft => c.MissingForSubmission(today, rules).Count == 0 ? "Submit for a decision" : "Complete the case",
        DecommissioningStatus.Submitted => "Decision maker to decide",
        DecommissioningStatus.Approved => missing.Count == 0
            ? (c.Kind == CaseForChangeKind.ReductionInValue ? "Record the reduction" : "Decommission the contract")
            : "Record the Compact notices",
        DecommissioningStatus.Refused => "None: refused",
        _ => "None: completed",
    };
}
