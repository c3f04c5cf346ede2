using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Waivers;

/// <summary>
/// CPR waivers (issue 5; domain.md section 4): the register, the request form, submission, the decision,
/// corrections as new versions, and the decision report (HTML for print, and PDF).
/// </summary>
[Route("waivers")]
[Authorize(Policies.ViewWaivers)]
public sealed class WaiversController(
    CommissioningDbContext db, DecisionRules rules, TimeProvider clock, IAuthorizationService authorization) : Controller
{
    private DateOnly Today => clock.UkToday();

    private string UserId => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] WaiverFilter filter)
    {
        filter.Page = Math.Max(1, filter.Page);
        var query = db.CprWaivers.AsNoTracking().Matching(filter);
        var model = new WaiversIndexViewModel { Filter = filter, TotalCount = await query.CountAsync() };
        model.Rows = await query.OrderByDescending(w => w.RegisterDate).ThenByDescending(w => w.Id)
            .Skip((filter.Page - 1) * model.PageSize).Take(model.PageSize).ToRows().ToListAsync();
        model.FilteredValue = (await query.Select(w => w.Value).ToListAsync()).Sum(v => v ?? 0);

        // "How much spend avoided competition": approved waivers, counting a corrected waiver once (its latest approved version).
        var approved = await db.CprWaivers.AsNoTracking()
            .Where(w => w.Status == WaiverStatus.Approved
                && !db.CprWaivers.Any(n => n.PreviousVersionId == w.Id && n.Status == WaiverStatus.Approved))
            .Select(w => new { w.RegisterDate, w.Value }).ToListAsync();
        model.ApprovedByYear = approved.GroupBy(a => a.RegisterDate.Year).OrderByDescending(g => g.Key)
            .Select(g => new YearTotal(g.Key, g.Count(), g.Sum(a => a.Value ?? 0))).ToList();
        model.Years = (await db.CprWaivers.AsNoTracking().Select(w => w.RegisterDate).ToListAsync())
            .Select(d => d.Year).Distinct().OrderDescending().ToList();
        model.OrganisationOptions = await Organisations();
        return View(model);
    }

    [HttpGet("export.csv")]
    public async Task<IActionResult> ExportCsv([FromQuery] WaiverFilter filter) =>
        File(WaiverExport.Csv(await ExportRows(filter)), "text/csv; charset=utf-8", $"cpr-waivers-{Today:yyyy-MM-dd}.csv");

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> ExportXlsx([FromQuery] WaiverFilter filter) =>
        File(await WaiverExport.XlsxAsync(await ExportRows(filter)),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"cpr-waivers-{Today:yyyy-MM-dd}.xlsx");

    [HttpGet("new")]
    [Authorize(Policies.RecordWaivers)]
    public async Task<IActionResult> New() => View("Form", await WithOptions(new WaiverFormViewModel
    {
        ReportDate = TagHelpers.GovUk.DateInputModel.From(Today),
        RulesWaived = [ContractProcedureRules.Competition, ContractProcedureRules.ThreeWrittenTenders],
    }));

    [HttpPost("new")]
    [Authorize(Policies.RecordWaivers)]
    public async Task<IActionResult> New(WaiverFormViewModel model, [FromServices] IValidator<WaiverFormViewModel> validator)
    {
        model.Id = null;
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View("Form", await WithOptions(model));
        }

        var waiver = new CprWaiver(model.Subject!, UserId, User.DisplayName(), Today);
        try
        {
            waiver.UpdateDraft(model.ToDraft());
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return View("Form", await WithOptions(model));
        }

        db.CprWaivers.Add(waiver);
        await db.SaveChangesAsync();
        TempData["Success"] = "Draft waiver saved";
        TempData["SuccessBody"] = "You can come back to it at any time. Submit it for a decision when every section is complete.";
        return Redirect($"/waivers/{waiver.Id}");
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Details(int id)
    {
        var waiver = await Load(id, tracked: false);
        if (waiver is null)
        {
            return NotFound();
        }

        var root = waiver.FirstVersionId ?? waiver.Id;
        var versions = await db.CprWaivers.AsNoTracking().Where(w => w.Id == root || w.FirstVersionId == root)
            .OrderBy(w => w.VersionNumber)
            .Select(w => new WaiverVersionRow(w.Id, w.VersionNumber, w.Status, w.RegisterDate, w.Decision.OutcomeOn)).ToListAsync();
        return View(new WaiverDetailsViewModel
        {
            Waiver = waiver,
            Missing = waiver.IsEditable ? waiver.MissingSections(rules) : [],
            Versions = versions,
            Threshold = rules.ProcurementThresholdOn(waiver.RegisterDate),
            NeedsLegalReview = waiver.NeedsLegalReview(rules),
            CanRecord = await Can(Policies.RecordWaivers),
            CanDecide = await Can(Policies.DecideWaivers),
            IsAuthor = waiver.AuthorUserId == UserId,
            ContractReference = waiver.ContractId is { } contractId
                ? await db.Contracts.AsNoTracking().Where(c => c.Id == contractId).Select(c => c.Reference).SingleOrDefaultAsync()
                : null,
        });
    }

    [HttpGet("{id}/edit")]
    [Authorize(Policies.RecordWaivers)]
    public async Task<IActionResult> Edit(int id)
    {
        var waiver = await Load(id, tracked: false);
        if (waiver is null)
        {
            return NotFound();
        }

        if (!waiver.IsEditable)
        {
            return ReadOnly(waiver);
        }

        return View("Form", await WithOptions(WaiverFormViewModel.From(waiver)));
    }

    [HttpPost("{id}/edit")]
    [Authorize(Policies.RecordWaivers)]
    public async Task<IActionResult> Edit(int id, WaiverFormViewModel model, [FromServices] IValidator<WaiverFormViewModel> validator)
    {
        model.Id = id;
        var waiver = await Load(id, tracked: true);
        if (waiver is null)
        {
            return NotFound();
        }

        if (waiver.Version != model.Version)
        {
            return await EditConflict(id, model);
        }

        if (!waiver.IsEditable)
        {
            return ReadOnly(waiver);
        }

        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View("Form", await WithOptions(model));
        }

        try
        {
            db.Entry(waiver).Property(w => w.Version).OriginalValue = model.Version;
            waiver.UpdateDraft(model.ToDraft());
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return View("Form", await WithOptions(model));
        }
        catch (DbUpdateConcurrencyException)
        {
            return await EditConflict(id, model);
        }

        TempData["Success"] = "Draft waiver saved";
        return Redirect($"/waivers/{id}");
    }

    [HttpGet("{id}/submit")]
    [Authorize(Policies.RecordWaivers)]
    public async Task<IActionResult> Submit(int id)
    {
        var waiver = await Load(id, tracked: false);
        return waiver is null ? NotFound() : !waiver.IsEditable ? ReadOnly(waiver) : View(SubmitModel(waiver));
    }

    [HttpPost("{id}/submit")]
    [Authorize(Policies.RecordWaivers)]
    public async Task<IActionResult> Submit(int id, int version)
    {
        var waiver = await Load(id, tracked: true);
        if (waiver is null)
        {
            return NotFound();
        }

        if (waiver.Version != version)
        {
            TempData["Error"] = await ConflictMessage(id, "Your request to submit it has not been sent: check their changes, then submit it again.");
            return Redirect($"/waivers/{id}");
        }

        if (!waiver.IsEditable)
        {
            return ReadOnly(waiver);
        }

        var missing = waiver.MissingSections(rules);
        if (missing.Count > 0)
        {
            // Each missing section goes into the error summary (issue 5, "Bad input").
            foreach (var (field, message) in missing)
            {
                ModelState.AddModelError(field, message);
            }

            return View(SubmitModel(waiver));
        }

        try
        {
            db.Entry(waiver).Property(w => w.Version).OriginalValue = version;
            waiver.Submit(Today, rules);
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Error"] = await ConflictMessage(id, "Your request to submit it has not been sent: check their changes, then submit it again.");
            return Redirect($"/waivers/{id}");
        }

        TempData["Success"] = "Waiver submitted for a decision";
        TempData["SuccessBody"] = $"{waiver.Decision.DecisionMakerRole} can now approve or refuse it.";
        return Redirect($"/waivers/{id}");
    }

    [HttpGet("{id}/decide")]
    [Authorize(Policies.DecideWaivers)]
    public async Task<IActionResult> Decide(int id)
    {
        var waiver = await Load(id, tracked: false);
        if (waiver is null)
        {
            return NotFound();
        }

        return waiver.Status != WaiverStatus.Submitted
            ? ReadOnly(waiver)
            : View(new DecideViewModel
            {
                Waiver = waiver,
                Version = waiver.Version,
                ContractStart = TagHelpers.GovUk.DateInputModel.From(Today.AddDays(1)),
            });
    }

    [HttpPost("{id}/decide")]
    [Authorize(Policies.DecideWaivers)]
    public async Task<IActionResult> Decide(int id, DecideViewModel model, [FromServices] IValidator<DecideViewModel> validator)
    {
        var waiver = await Load(id, tracked: true);
        if (waiver is null)
        {
            return NotFound();
        }

        model.Waiver = waiver;
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(model);
        }

        if (waiver.Version != model.Version)
        {
            return await DecideConflict(id, model);
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        try
        {
            db.Entry(waiver).Property(w => w.Version).OriginalValue = model.Version;
            var decider = new Decider(UserId, User.DisplayName(), await Can(Policies.DecideWaivers));
            waiver.Decide(decider, model.Outcome == "approve", model.Reasons!, Today, rules);
            if (waiver.Status == WaiverStatus.Approved && model.CreateContract == true)
            {
                // Approval creates the contract in the register, linked both ways (issue 5; domain.md section 4).
                var contract = waiver.CreateContract(waiver.SupplierForContract(waiver.Provider), model.ServiceArea!.Value, model.ContractStart.ToDateOnly()!.Value);
                db.Contracts.Add(contract);
                await db.SaveChangesAsync();
                waiver.LinkContract(contract.Id);
            }

            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ex.Field == "Approve" ? nameof(model.Outcome) : ex.Field == "OutcomeReasons" ? nameof(model.Reasons) : "", ex.Message);
            return View(model);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync();
            return await DecideConflict(id, model);
        }

        TempData["Success"] = waiver.Status == WaiverStatus.Approved ? "Waiver approved" : "Waiver refused";
        TempData["SuccessBody"] = waiver.Decision.IsOpenForCallIn
            ? $"This is a key decision: it is open for call-in until {UkTime.Date(waiver.Decision.CallInEndsOn)}."
            : "This decision is not open for call-in.";
        return Redirect($"/waivers/{id}");
    }

    [HttpGet("{id}/create-contract")]
    [Authorize(Policies.RecordWaivers)]
    public async Task<IActionResult> CreateContract(int id)
    {
        var waiver = await Load(id, tracked: false);
        if (waiver is null)
        {
            return NotFound();
        }

        return CannotCreateContract(waiver) is { } reason
            ? Refuse(id, reason)
            : View(new CreateContractViewModel
            {
                Waiver = waiver,
                Version = waiver.Version,
                ContractStart = TagHelpers.GovUk.DateInputModel.From(Today.AddDays(1)),
            });
    }

    /// <summary>
    /// An approved waiver whose contract was not created at approval: a commissioner or procurement officer
    /// creates it later, by the same rules (issue 5: approval leads to the contract, linked both ways).
    /// </summary>
    [HttpPost("{id}/create-contract")]
    [Authorize(Policies.RecordWaivers)]
    public async Task<IActionResult> CreateContract(int id, CreateContractViewModel model, [FromServices] IValidator<CreateContractViewModel> validator)
    {
        var waiver = await Load(id, tracked: true);
        if (waiver is null)
        {
            return NotFound();
        }

        model.Waiver = waiver;
        if (waiver.Version != model.Version)
        {
            TempData["Error"] = await ConflictMessage(id, "Check the waiver again before you create its contract.");
            return Redirect($"/waivers/{id}");
        }

        if (CannotCreateContract(waiver) is { } reason)
        {
            return Refuse(id, reason);
        }

        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(model);
        }

        string reference;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            try
            {
                db.Entry(waiver).Property(w => w.Version).OriginalValue = model.Version;
                var contract = waiver.CreateContract(waiver.SupplierForContract(waiver.Provider), model.ServiceArea!.Value, model.ContractStart.ToDateOnly()!.Value);
                db.Contracts.Add(contract);
                await db.SaveChangesAsync();
                waiver.LinkContract(contract.Id);
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
                reference = contract.Reference;
            }
            catch (DomainException ex)
            {
                await transaction.RollbackAsync();
                return Refuse(id, ex.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                await transaction.RollbackAsync();
                TempData["Error"] = await ConflictMessage(id, "The contract has not been created: check the waiver again.");
                return Redirect($"/waivers/{id}");
            }
        }

        TempData["Success"] = "Contract created in the register";
        TempData["SuccessBody"] = $"Contract {reference} is a direct award under this CPR waiver.";
        return Redirect($"/waivers/{id}");
    }

    private static string? CannotCreateContract(CprWaiver waiver) =>
        waiver.Status != WaiverStatus.Approved ? "Only an approved waiver leads to a contract."
        : waiver.IsSuperseded ? "A newer version of this waiver exists: create the contract from that one."
        : waiver.ContractId is not null ? "A contract has already been created from this waiver."
        : null;

    private RedirectResult Refuse(int id, string message)
    {
        TempData["Error"] = message;
        return Redirect($"/waivers/{id}");
    }

    [HttpPost("{id}/new-version")]
    [Authorize(Policies.RecordWaivers)]
    public async Task<IActionResult> NewVersion(int id)
    {
        var waiver = await Load(id, tracked: true);
        if (waiver is null)
        {
            return NotFound();
        }

        try
        {
            var next = waiver.StartCorrection(UserId, User.DisplayName(), Today);
            db.CprWaivers.Add(next);
            await db.SaveChangesAsync();
            TempData["Success"] = $"Version {next.VersionNumber} started";
            TempData["SuccessBody"] = $"Version {waiver.VersionNumber} and its decision are kept. Correct this version and submit it for a new decision.";
            return Redirect($"/waivers/{next.Id}/edit");
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
            return Redirect($"/waivers/{id}");
        }
    }

    [HttpGet("{id}/report")]
    public async Task<IActionResult> Report(int id)
    {
        var waiver = await Load(id, tracked: false);
        return waiver is null ? NotFound() : View(new WaiverReport(waiver));
    }

    [HttpGet("{id}/report.pdf")]
    public async Task<IActionResult> ReportPdf(int id)
    {
        var waiver = await Load(id, tracked: false);
        return waiver is null
            ? NotFound()
            : File(WaiverReportPdf.Render(new WaiverReport(waiver)), "application/pdf", $"cpr-waiver-{id}-v{waiver.VersionNumber}.pdf");
    }

    /// <summary>
    /// Someone saved the waiver since this person loaded it: say who and when (its latest audit entry, in UK
    /// time) and what happens to their own input.
    /// </summary>
    private Task<string> ConflictMessage(int id, string whatNow) => EditConflicts.MessageAsync(db, nameof(CprWaiver), id, "waiver", whatNow);

    /// <summary>A refused save keeps everything the person typed, and takes the latest version so saving again replaces the other person's changes.</summary>
    private async Task<IActionResult> EditConflict(int id, WaiverFormViewModel model)
    {
        ModelState.AddModelError("", await ConflictMessage(id,
            "Your changes have not been saved. They are still in the form below: check the other changes on the waiver page, then save again to replace them with yours."));
        model.Version = await CurrentVersion(id);
        return View("Form", await WithOptions(model));
    }

    private async Task<IActionResult> DecideConflict(int id, DecideViewModel model)
    {
        db.ChangeTracker.Clear();
        model.Waiver = await Load(id, tracked: false);
        ModelState.AddModelError("", await ConflictMessage(id,
            "Your decision has not been recorded. Your answers are still below: check the waiver again, then record your decision."));
        model.Version = model.Waiver!.Version;
        return View("Decide", model);
    }

    private Task<int> CurrentVersion(int id) =>
        db.CprWaivers.AsNoTracking().Where(w => w.Id == id).Select(w => w.Version).SingleAsync();

    private async Task<CprWaiver?> Load(int id, bool tracked)
    {
        var query = db.CprWaivers.Include(w => w.Decision).Include(w => w.Provider).Include(w => w.CommissioningOrganisation);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(w => w.Id == id);
    }

    private async Task<List<WaiverRow>> ExportRows(WaiverFilter filter) =>
        await db.CprWaivers.AsNoTracking().Matching(filter)
            .OrderByDescending(w => w.RegisterDate).ThenByDescending(w => w.Id).ToRows().ToListAsync();

    private WaiverDetailsViewModel SubmitModel(CprWaiver waiver) => new()
    {
        Waiver = waiver,
        Missing = waiver.MissingSections(rules),
        Versions = [],
        Threshold = rules.ProcurementThresholdOn(waiver.RegisterDate),
        NeedsLegalReview = waiver.NeedsLegalReview(rules),
        CanRecord = true,
    };

    private IActionResult ReadOnly(CprWaiver waiver)
    {
        TempData["Error"] = waiver.IsDecided
            ? "This waiver has been decided and cannot be changed. Start a new version to correct it."
            : waiver.Status == WaiverStatus.Submitted
                ? "This waiver has been submitted and is waiting for a decision, so it cannot be changed."
                : "This waiver is a draft and has not been submitted for a decision yet.";
        return Redirect($"/waivers/{waiver.Id}");
    }

    private async Task<bool> Can(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;

    private async Task<List<SelectListItem>> Organisations() =>
        await db.CommissioningOrganisations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();

    private async Task<WaiverFormViewModel> WithOptions(WaiverFormViewModel model)
    {
        model.ProviderOptions = await db.Providers.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToListAsync();
        model.OrganisationOptions = await Organisations();
        model.WardOptions = await db.Wards.AsNoTracking().OrderBy(w => w.Name).Select(w => new SelectListItem(w.Name, w.Name)).ToListAsync();
        var threshold = rules.ProcurementThresholdOn(model.ReportDate.ToDateOnly() ?? Today);
        model.ThresholdNote = threshold is null ? null
            : $"Waivers above the public procurement threshold ({UkTime.Money(threshold.Amount)} on this date) need a legal review before they can be submitted.";
        return model;
    }
}
