using System.Linq.Expressions;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Infrastructure.Data;

namespace LeedsCommissioning.Web.Features.Providers;

/// <summary>The directory's filters and sorts, as reusable query specifications.</summary>
public static class ProviderQueries
{
    /// <summary>
    /// Contracts whose service is being delivered now (live, in extension or ending: the same statuses as
    /// <see cref="ContractLifecycle.IsDelivering"/>). Money counts towards a provider's total and towards
    /// Leeds spend only from these; written out so SQL can run it.
    /// </summary>
    public static readonly Expression<Func<Contract, bool>> IsDelivering = c =>
        c.Status == ContractStatus.Live || c.Status == ContractStatus.InExtension || c.Status == ContractStatus.Ending;

    /// <summary>"Leeds spend": the total annual value of every contract that is live, in extension or ending.</summary>
    public static IQueryable<decimal> DeliveringAnnualValues(this CommissioningDbContext db) =>
        db.Contracts.Where(IsDelivering).Select(c => c.AnnualValue);

    /// <summary>The shares a provider receives each year from contracts being delivered, by provider.</summary>
    public static IQueryable<ContractProvider> DeliveringShares(this CommissioningDbContext db) =>
        db.Contracts.Where(IsDelivering).SelectMany(c => c.Providers);

    public static IQueryable<Provider> Search(this IQueryable<Provider> providers, string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return providers;
        }

        var term = search.Trim().ToLower();
        return providers.Where(p => p.Name.ToLower().Contains(term));
    }

    public static IQueryable<Provider> OfType(this IQueryable<Provider> providers, ProviderType? type) =>
        type is { } t ? providers.Where(p => p.Type == t) : providers;

    public static IQueryable<Provider> InSizeBand(this IQueryable<Provider> providers, SizeBand? band) =>
        band is { } b ? providers.Where(p => p.SizeBand == b) : providers;

    public static IQueryable<Provider> WorkingInWard(this IQueryable<Provider> providers, int? wardId) =>
        wardId is { } id ? providers.Where(p => p.Wards.Any(w => w.Id == id)) : providers;

    public static IQueryable<Provider> WithVetting(this IQueryable<Provider> providers, VettingStatus? status) =>
        status is { } s ? providers.Where(p => p.VettingStatus == s) : providers;

    public static IQueryable<Provider> LeedsBased(this IQueryable<Provider> providers, bool? leedsBased) =>
        leedsBased is { } l ? providers.Where(p => p.IsLeedsBased == l) : providers;

    /// <summary>Providers that take part (as lead, partner or subcontractor) in a contract in the area that has not ended or been decommissioned.</summary>
    public static IQueryable<Provider> HoldingAContractIn(this IQueryable<Provider> providers, CommissioningDbContext db, ServiceArea? area) =>
        area is { } a
            ? providers.Where(p => db.Contracts.Any(c => c.ServiceArea == a
                && c.Status != ContractStatus.Ended && c.Status != ContractStatus.Decommissioned
                && c.Providers.Any(cp => cp.ProviderId == p.Id)))
            : providers;
}
