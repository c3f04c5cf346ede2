using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using LeedsCommissioning.Web.Features.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Providers;

/// <summary>
/// The providers directory (issue 4, "Providers"): staff search it, commissioners keep it up to date,
/// and a provider user may read only their own organisation's page.
/// </summary>
[Route("providers")]
public sealed class ProvidersController(CommissioningDbContext db, IAuthorizationService authorization, RegisterFigures figures) : Controller
{
    [HttpGet("")]
    [Authorize(Policies.ViewRegister)]
    public async Task<IActionResult> Index([FromQuery] ProvidersIndexViewModel model, CancellationToken cancellationToken)
    {
        ModelState.Clear(); // A filter value that does not bind is simply not applied.
        await ProviderDirectory.FillAsync(db, figures, model, cancellationToken);
        return View(model);
    }

    [HttpGet("export.csv")]
    [Authorize(Policies.ViewRegister)]
    public IActionResult ExportCsv([FromQuery] ProvidersIndexViewModel model, [FromServices] TimeProvider clock) =>
        ProviderExport.Columns.Csv(ProviderDirectory.AllAsync(db, figures, model), clock.UkToday());

    [HttpGet("export.xlsx")]
    [Authorize(Policies.ViewRegister)]
    public IActionResult ExportXlsx([FromQuery] ProvidersIndexViewModel model, [FromServices] TimeProvider clock) =>
        ProviderExport.Columns.Xlsx(ProviderDirectory.AllAsync(db, figures, model), clock.UkToday());

    /// <summary>
    /// Up to ten providers' names containing <paramref name="q"/> (two characters or more), those starting with it first:
    /// the suggestions GOV.UK's accessible autocomplete offers in the register's provider box (docs/patterns.md).
    /// </summary>
    [HttpGet("suggestions")]
    [Authorize(Policies.ViewRegister)]
    public async Task<IActionResult> Suggestions(string? q)
    {
        var text = q?.Trim() ?? "";
        if (text.Length < 2 || text.Length > 100)
        {
            return Json(Array.Empty<string>());
        }

        var found = await Contracts.ProviderChoices.ContainingAsync(db, text, 10);
        return Json(found.Select(p => p.Name));
    }

    [HttpGet("{providerId:int}")]
    [Authorize(Policies.ViewProviderPage)]
    public async Task<IActionResult> Details(int providerId, CancellationToken cancellationToken)
    {
        // A provider user reads only their own organisation (issue 4): anything else is not found.
        var isProviderUser = User.ProviderId() is not null && !await Allowed(Policies.ViewRegister);
        if (isProviderUser && User.ProviderId() != providerId)
        {
            return NotFound();
        }

        var model = await ProviderDetailsViewModel.LoadAsync(
            db, providerId, showUsers: !isProviderUser, canEdit: await Allowed(Policies.ManageProviders),
            canEditProfile: isProviderUser, showWaivers: await Allowed(Policies.ViewWaivers), cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("new")]
    [Authorize(Policies.ManageProviders)]
    public async Task<IActionResult> New() => View("Form", await ProviderFormViewModel.WithWardsAsync(db, new ProviderFormViewModel().WithBlankRows()));

    [HttpPost("new")]
    [Authorize(Policies.ManageProviders)]
    public async Task<IActionResult> New(ProviderFormViewModel model, [FromServices] IValidator<ProviderFormViewModel> validator)
    {
        model.Id = null;
        if (await ModelState.ValidateAsync(validator, model))
        {
            var provider = new Provider(model.Name!);
            if (await TryApply(model, provider))
            {
                db.Providers.Add(provider);
                await db.SaveChangesAsync();
                TempData["Success"] = $"{provider.Name} has been added to the providers directory";
                return Redirect($"/providers/{provider.Id}");
            }
        }

        return View("Form", await ProviderFormViewModel.WithWardsAsync(db, model.WithBlankRows()));
    }

    [HttpGet("{providerId:int}/edit")]
    [Authorize(Policies.ManageProviders)]
    public async Task<IActionResult> Edit(int providerId)
    {
        var provider = await ProviderEditing.LoadAsync(db, providerId);
        return provider is null
            ? NotFound()
            : View("Form", await ProviderFormViewModel.WithWardsAsync(db, ProviderFormViewModel.From(provider)));
    }

    [HttpPost("{providerId:int}/edit")]
    [Authorize(Policies.ManageProviders)]
    public async Task<IActionResult> Edit(int providerId, ProviderFormViewModel model, [FromServices] IValidator<ProviderFormViewModel> validator)
    {
        model.Id = providerId;
        var provider = await ProviderEditing.LoadAsync(db, providerId);
        if (provider is null)
        {
            return NotFound();
        }

        if (await ModelState.ValidateAsync(validator, model) && await TryApply(model, provider)
            && await ProviderEditing.TrySaveAsync(db, provider, model.Version, ModelState, v => model.Version = v))
        {
            TempData["Success"] = $"{provider.Name} has been updated";
            return Redirect($"/providers/{provider.Id}");
        }

        return View("Form", await ProviderFormViewModel.WithWardsAsync(db, model.WithBlankRows()));
    }

    /// <summary>Applies the form through the provider's own methods; a rule's refusal becomes a field error.</summary>
    private async Task<bool> TryApply(ProviderFormViewModel model, Provider provider)
    {
        try
        {
            var wards = await db.Wards.Where(w => model.AllWardIds.Contains(w.Id)).ToListAsync();
            var figuresBefore = (provider.AnnualIncome, provider.Type, provider.IsLeedsBased);
            model.ApplyTo(provider, wards);
            if (provider.Id != 0 && figuresBefore != (provider.AnnualIncome, provider.Type, provider.IsLeedsBased))
            {
                await ProviderEditing.RefreshContractFiguresAsync(db, provider.Id);
            }

            return true;
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return false;
        }
    }

    private async Task<bool> Allowed(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;
}
