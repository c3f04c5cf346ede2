using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Domain.Providers;

namespace LeedsCommissioning.Web.Features.Providers;

/// <summary>
/// What a provider user may change about their own organisation: the description and the contacts. Nothing
/// else is bound, so other fields posted to it are ignored.
/// </summary>
public sealed class ProfileFormViewModel
{
    public int Version { get; set; }

    [Display(Name = "Description (optional)")]
    public string? Description { get; set; }

    public List<ContactInput> Contacts { get; set; } = [];

    /// <summary>The read-only details shown beside the form (not bound).</summary>
    public ProviderSummary? Summary { get; private set; }

    public static ProfileFormViewModel From(Provider provider) => new ProfileFormViewModel
    {
        Version = provider.Version,
        Description = provider.Description,
        Contacts = provider.Contacts.Select(ContactInput.From).ToList(),
    }.Showing(provider);

    /// <summary>Adds blank contact rows and the read-only details of <paramref name="provider"/>.</summary>
    public ProfileFormViewModel Showing(Provider provider)
    {
        Contacts = ContactRows.Pad(Contacts, () => new ContactInput(), c => c.IsBlank);
        Summary = new ProviderSummary(
            provider.Id, provider.Name, provider.Type, provider.CharityNumber, provider.CompanyNumber, provider.AnnualIncome,
            provider.IncomeYear, provider.SizeBand, provider.IsLeedsBased, provider.VettingStatus, provider.VettingStatusDate,
            provider.Wards.OrderBy(w => w.Name).Select(w => w.Name).ToList());
        return this;
    }
}
