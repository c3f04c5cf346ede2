using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Waivers;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Providers;

/// <summary>A provider's page: its details, people, contracts, what it receives and its share of Leeds spend.</summary>
public sealed class ProviderDetailsViewModel
{
    public int Id { get; init; }

    public string Name { get; init; } = "";

    public ProviderType Type { get; init; }

    public bool IsThirdSector { get; init; }

    public string? CharityNumber { get; init; }

    public string? CompanyNumber { get; init; }

    public decimal? AnnualIncome { get; init; }

    public int? IncomeYear { get; init; }

    public SizeBand? SizeBand { get; init; }

    public bool IsLeedsBased { get; init; }

    public VettingStatus VettingStatus { get; init; }

    public DateOnly? VettingStatusDate { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<ProviderWard> Wards { get; init; } = [];

    public IReadOnlyList<ProviderContactRow> Contacts { get; init; } = [];

    public IReadOnlyList<ProviderCqcRow> CqcLocations { get; init; } = [];

    /// <summary>Shown to staff only (empty for provider users).</summary>
    public IReadOnlyList<ProviderUserRow> Users { get; init; } = [];

    public IReadOnlyList<ProviderContractRow> Contracts { get; init; } = [];

    /// <summary>The total annual value of every contract that is live, in extension or ending.</summary>
    public decimal LeedsSpend { get; init; }

    public bool ShowUsers { get; init; }

    /// <summary>Staff see the CPR waivers that name this provider as the supplier (current versions only).</summary>
    public bool ShowWaivers { get; init; }

    public IReadOnlyList<WaiverRow> Waivers { get; init; } = [];

    public bool CanEdit { get; init; }

    public bool CanEditProfile { get; init; }

    /// <summary>Its annual shares of the contracts being delivered (live, in extension or ending).</summary>
    public decimal TotalAnnualValue => Contracts.Where(c => c.IsDelivering).Sum(c => c.AnnualShare);

    /// <summary>Its total as a percentage of Leeds spend, to two decimal places.</summary>
    public decimal ShareOfLeedsSpend => LeedsSpend == 0 ? 0 : decimal.Round(TotalAnnualValue / LeedsSpend * 100m, 2);

    public bool IsSmallAndLocal => SizeBands.IsSmallAndLocal(IsLeedsBased, SizeBand);

    public IReadOnlyList<Locality> Localities => Wards.Select(w => w.Locality).Distinct().Order().ToList();

    /// <summary>Reads one provider for its page, or null when there is none with that id.</summary>
    public static async Task<ProviderDetailsViewModel?> LoadAsync(
        CommissioningDbContext db, int id, bool showUsers, bool canEdit, bool canEditProfile, bool showWaivers, CancellationToken cancellationToken = default)
    {
        var provider = await db.Providers.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id, p.Name, p.Type, p.IsThirdSector, p.CharityNumber, p.CompanyNumber, p.AnnualIncome, p.IncomeYear,
                p.SizeBand, p.IsLeedsBased, p.VettingStatus, p.VettingStatusDate, p.Description,
                Wards = p.Wards.OrderBy(w => w.Name).Select(w => new ProviderWard(w.Name, w.Locality)).ToList(),
                Contacts = p.Contacts.Select(c => new ProviderContactRow(c.Name, c.Role, c.Email, c.Phone)).ToList(),
                Cqc = p.CqcLocations.Select(l => new ProviderCqcRow(l.Name, l.CqcLocationId, l.Rating, l.RatingDate)).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (provider is null)
        {
            return null;
        }

        var contracts = await db.Contracts.AsNoTracking()
            .SelectMany(c => c.Providers.Where(cp => cp.ProviderId == id), (c, cp) => new ProviderContractRow(
                c.Id, c.Reference, c.Title, c.ServiceArea, c.Status, cp.Role, cp.AnnualShare, c.AnnualValue, c.CurrentEndDate))
            .ToListAsync(cancellationToken);
        var users = showUsers
            ? await db.Users.AsNoTracking().Where(u => u.ProviderId == id).OrderBy(u => u.DisplayName)
                .Select(u => new ProviderUserRow(u.DisplayName, u.Email ?? "")).ToListAsync(cancellationToken)
            : [];

        var waivers = showWaivers
            ? await db.CprWaivers.AsNoTracking().Where(w => w.ProviderId == id && !w.IsSuperseded)
                .OrderByDescending(w => w.RegisterDate).ThenByDescending(w => w.Id).ToRows().ToListAsync(cancellationToken)
            : [];

        // Summed here rather than in SQL: SQLite keeps decimals as text and cannot add them exactly.
        var leedsSpend = (await db.DeliveringAnnualValues().ToListAsync(cancellationToken)).Sum();

        return new ProviderDetailsViewModel
        {
            Id = provider.Id, Name = provider.Name, Type = provider.Type, IsThirdSector = provider.IsThirdSector,
            CharityNumber = provider.CharityNumber, CompanyNumber = provider.CompanyNumber,
            AnnualIncome = provider.AnnualIncome, IncomeYear = provider.IncomeYear, SizeBand = provider.SizeBand,
            IsLeedsBased = provider.IsLeedsBased, VettingStatus = provider.VettingStatus, VettingStatusDate = provider.VettingStatusDate,
            Description = provider.Description, Wards = provider.Wards, Contacts = provider.Contacts,
            CqcLocations = provider.Cqc.OrderBy(l => l.Name).ToList(), Users = users,
            Contracts = contracts
                .OrderByDescending(c => c.IsDelivering).ThenBy(c => c.Reference, StringComparer.Ordinal).ToList(),
            LeedsSpend = leedsSpend, ShowUsers = showUsers, ShowWaivers = showWaivers, Waivers = waivers, CanEdit = canEdit, CanEditProfile = canEditProfile,
        };
    }
}
