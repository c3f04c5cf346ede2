using System.ComponentModel.DataAnnotations;
using System.Globalization;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Providers;

/// <summary>
/// The commissioners' provider form, for adding and changing a provider. Money and years are bound as
/// text so that anything typed can be shown back with a GOV.UK message rather than a binding error.
/// </summary>
public sealed class ProviderFormViewModel
{
    public const int BlankRows = 3;

    public int? Id { get; set; }

    /// <summary>The provider's version when the form was loaded (optimistic concurrency).</summary>
    public int Version { get; set; }

    [Display(Name = "Organisation name")]
    public string? Name { get; set; }

    [Display(Name = "Type of organisation")]
    public ProviderType? Type { get; set; }

    [Display(Name = "Charity number (optional)")]
    public string? CharityNumber { get; set; }

    [Display(Name = "Company number (optional)")]
    public string? CompanyNumber { get; set; }

    [Display(Name = "Annual income (optional)")]
    public string? AnnualIncome { get; set; }

    [Display(Name = "Year the income was reported")]
    public string? IncomeYear { get; set; }

    [Display(Name = "Is the organisation based in Leeds?")]
    public bool? IsLeedsBased { get; set; }

    [Display(Name = "Leeds Directory vetting (Green Tick)")]
    public VettingStatus? VettingStatus { get; set; }

    [Display(Name = "Date of the vetting status")]
    public DateInputModel VettingStatusDate { get; set; } = new();

    [Display(Name = "North East")]
    public List<int> NorthEastWardIds { get; set; } = [];

    [Display(Name = "South East")]
    public List<int> SouthEastWardIds { get; set; } = [];

    [Display(Name = "West North West")]
    public List<int> WestNorthWestWardIds { get; set; } = [];

    [Display(Name = "Description (optional)")]
    public string? Description { get; set; }

    public List<ContactInput> Contacts { get; set; } = [];

    public List<CqcLocationInput> CqcLocations { get; set; } = [];

    public IReadOnlyList<(Locality Locality, IReadOnlyList<SelectListItem> Wards)> WardOptions { get; set; } = [];

    public bool IsNew => Id is null;

    public IReadOnlyList<SelectListItem> WardsIn(Locality locality) => WardOptions.FirstOrDefault(o => o.Locality == locality).Wards ?? [];

    public IEnumerable<int> AllWardIds => NorthEastWardIds.Concat(SouthEastWardIds).Concat(WestNorthWestWardIds).Distinct();

    public static IEnumerable<SelectListItem> TypeOptions =>
        Enum.GetValues<ProviderType>().Select(t => new SelectListItem(t.ToDisplayName(), t.ToString()));

    public static IEnumerable<SelectListItem> VettingOptions =>
        Enum.GetValues<VettingStatus>().Select(v => new SelectListItem(v.ToDisplayName(), v.ToString()));

    public static IEnumerable<SelectListItem> RatingOptions =>
        Enum.GetValues<CqcRating>().Select(r => new SelectListItem(r.ToDisplayName(), r.ToString()));

    public static ProviderFormViewModel From(Provider provider) => new ProviderFormViewModel
    {
        Id = provider.Id,
        Version = provider.Version,
        Name = provider.Name,
        Type = provider.Type,
        CharityNumber = provider.CharityNumber,
        CompanyNumber = provider.CompanyNumber,
        AnnualIncome = provider.AnnualIncome?.ToString("0.00", CultureInfo.InvariantCulture),
        IncomeYear = provider.IncomeYear?.ToString(CultureInfo.InvariantCulture),
        IsLeedsBased = provider.IsLeedsBased,
        VettingStatus = provider.VettingStatus,
        VettingStatusDate = DateInputModel.From(provider.VettingStatusDate),
        NorthEastWardIds = WardIdsIn(provider, Locality.NorthEast),
        SouthEastWardIds = WardIdsIn(provider, Locality.SouthEast),
        WestNorthWestWardIds = WardIdsIn(provider, Locality.WestNorthWest),
        Description = provider.Description,
        Contacts = provider.Contacts.Select(ContactInput.From).ToList(),
        CqcLocations = provider.CqcLocations.Select(CqcLocationInput.From).ToList(),
    }.WithBlankRows();

    /// <summary>Keeps every posted row where it was (so errors stay beside their fields) and adds blank rows to fill in.</summary>
    public ProviderFormViewModel WithBlankRows()
    {
        Contacts = ContactRows.Pad(Contacts, () => new ContactInput(), c => c.IsBlank);
        CqcLocations = ContactRows.Pad(CqcLocations, () => new CqcLocationInput(), l => l.IsBlank);
        return this;
    }

    public static async Task<ProviderFormViewModel> WithWardsAsync(CommissioningDbContext db, ProviderFormViewModel model)
    {
        var wards = await db.Wards.AsNoTracking().OrderBy(w => w.Name).Select(w => new { w.Id, w.Name, w.Locality }).ToListAsync();
        model.WardOptions = Enum.GetValues<Locality>()
            .Select(l => (l, (IReadOnlyList<SelectListItem>)wards.Where(w => w.Locality == l)
                .Select(w => new SelectListItem(w.Name, w.Id.ToString(CultureInfo.InvariantCulture))).ToList()))
            .ToList();
        return model;
    }

    /// <summary>The income as pounds, or null when blank (the validator has checked its shape).</summary>
    public decimal? Income => MoneyText.Parse(AnnualIncome);

    /// <summary>
    /// Applies the form with the provider's own methods; they enforce the rules. Contacts and CQC locations are
    /// replaced only when they have changed, so the audit trail records real changes only.
    /// </summary>
    public void ApplyTo(Provider provider, IReadOnlyList<Ward> wards)
    {
        var year = NumberText.WholeNumber(IncomeYear);
        provider.UpdateDetails(
            Name!, Type ?? throw new DomainException("Select the type of organisation", nameof(Type)),
            CharityNumber, CompanyNumber, Income, Income is null ? null : year, IsLeedsBased == true, Description);
        provider.SetVetting(VettingStatus ?? Domain.Providers.VettingStatus.NotVetted, VettingStatusDate.ToDateOnly());
        provider.SetWards(wards);

        var locations = CqcLocations.Select((l, i) => (l, i)).Where(x => !x.l.IsBlank)
            .Select(x => Row(() => x.l.ToLocation(), $"{nameof(CqcLocations)}[{x.i}]")).ToList();
        if (!locations.Select(l => (l.Name, l.CqcLocationId, l.Rating, l.RatingDate))
                .SequenceEqual(provider.CqcLocations.Select(l => (l.Name, l.CqcLocationId, l.Rating, l.RatingDate))))
        {
            provider.SetCqcLocations(locations);
        }

        var contacts = ContactRows.ToContacts(Contacts, nameof(Contacts));
        if (!ContactRows.Same(contacts, provider.Contacts))
        {
            provider.SetContacts(contacts);
        }
    }

    /// <summary>Builds one row's value, naming the row in a refusal so the error sits beside its field.</summary>
    internal static T Row<T>(Func<T> build, string prefix)
    {
        try
        {
            return build();
        }
        catch (DomainException ex)
        {
            throw new DomainException(ex.Message, ex.Field is null ? prefix : $"{prefix}.{ex.Field}");
        }
    }

    private static List<int> WardIdsIn(Provider provider, Locality locality) =>
        provider.Wards.Where(w => w.Locality == locality).Select(w => w.Id).ToList();
}
