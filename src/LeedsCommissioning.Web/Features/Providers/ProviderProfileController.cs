using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LeedsCommissioning.Web.Features.Providers;

/// <summary>
/// A provider user's own organisation (issue 4): they may change its contacts and description and nothing
/// else (<see cref="Domain.Providers.Provider.UpdatePublicProfile"/>); any other provider's id is not found.
/// </summary>
[Authorize(Policies.ProviderUser)]
public sealed class ProviderProfileController(CommissioningDbContext db) : Controller
{
    [HttpGet("/our-organisation")]
    public IActionResult OurOrganisation() => Redirect($"/providers/{User.ProviderId()}");

    [HttpGet("/providers/{providerId:int}/profile")]
    public async Task<IActionResult> Profile(int providerId)
    {
        var provider = User.ProviderId() == providerId ? await ProviderEditing.LoadAsync(db, providerId) : null;
        return provider is null ? NotFound() : View(ProfileFormViewModel.From(provider));
    }

    [HttpPost("/providers/{providerId:int}/profile")]
    public async Task<IActionResult> Profile(int providerId, ProfileFormViewModel model, [FromServices] IValidator<ProfileFormViewModel> validator)
    {
        var provider = User.ProviderId() == providerId ? await ProviderEditing.LoadAsync(db, providerId) : null;
        if (provider is null)
        {
            return NotFound();
        }

        if (await ModelState.ValidateAsync(validator, model) && TryApply(model, provider)
            && await ProviderEditing.TrySaveAsync(db, provider, model.Version, ModelState, v => model.Version = v))
        {
            TempData["Success"] = "Your organisation's contacts and description have been updated";
            return Redirect($"/providers/{providerId}");
        }

        return View(model.Showing(await ProviderEditing.LoadAsync(db, providerId) ?? provider));
    }

    private bool TryApply(ProfileFormViewModel model, Domain.Providers.Provider provider)
    {
        try
        {
            var contacts = ContactRows.ToContacts(model.Contacts, nameof(model.Contacts));
            provider.UpdatePublicProfile(model.Description, ContactRows.Same(contacts, provider.Contacts) ? provider.Contacts.ToList() : contacts);
            return true;
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return false;
        }
    }
}
