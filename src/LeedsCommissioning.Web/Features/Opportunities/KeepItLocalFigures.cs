using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Web.Features.Opportunities;

/// <summary>
/// Works out the Keep it Local panel for an opportunity from the registered providers (domain.md section 3), by the
/// domain's own rule (<see cref="KeepItLocal.CountLocalBidders"/>). What it needs of each provider (a local organisation
/// with a known income, and the localities it works in) is read once per version of the register's data and kept in
/// <see cref="RegisterFigures"/>: the version moves with every change to providers and their wards, whoever makes it
/// (migration ProviderWardsInRegisterVersion), so the counts are never older than the directory. Before, each lot was
/// one COUNT over every provider and its wards on every request (docs/benchmarks.md, "the Keep it Local panel (session 8)").
/// </summary>
public sealed class KeepItLocalFigures(CommissioningDbContext db, RegisterFigures figures, IOptions<OpportunityOptions> options)
{
    public decimal Cap => options.Value.KeepItLocalMaximumLotValue;

    public async Task<KeepItLocalPanel> PanelAsync(Opportunity opportunity, CancellationToken cancellationToken = default)
    {
        var version = await RegisterFigures.VersionAsync(db, cancellationToken);
        var capacities = await figures.GetOrAddAsync(version, "keep-it-local-capacities", LocalCapacitiesAsync);
        var lots = opportunity.Lots.OrderBy(l => l.Number)
            .Select(lot => new LotLocalFigure(lot.Number, lot.Title, lot.AnnualValue,
                KeepItLocal.CountLocalBidders(lot.AnnualValue, lot.Localities, capacities), lot.NoLocalBidderReason))
            .ToList();

        return new KeepItLocalPanel(
            lots.Count == 0 ? 0 : lots.Max(l => l.AnnualValue), Cap, lots, opportunity.PaymentByResults, opportunity.ConsortiaAllowed,
            lots.Count == 1, opportunity.SingleLotReason);
    }

    public static IReadOnlyDictionary<int, int> CountsByLotNumber(KeepItLocalPanel panel) =>
        panel.Lots.ToDictionary(l => l.Number, l => l.LocalBidders);

    /// <summary>
    /// What the count needs of every provider that could ever be counted: Leeds-based, with a known income (the rest are
    /// never counted, so they are not kept), its type, and the localities of the wards it works in.
    /// </summary>
    public static async Task<IReadOnlyList<LocalCapacity>> LocalCapacitiesAsync(CommissioningDbContext db) =>
        (await db.Providers.AsNoTracking()
            .Where(p => p.IsLeedsBased && p.AnnualIncome != null)
            .Select(p => new { p.AnnualIncome, p.Type, Localities = p.Wards.Select(w => w.Locality).ToList() })
            .ToListAsync())
        .Select(p => new LocalCapacity(true, p.AnnualIncome, p.Localities.Distinct().ToList(), p.Type))
        .Where(p => p.IsLocalOrganisation)
        .ToList();
}
