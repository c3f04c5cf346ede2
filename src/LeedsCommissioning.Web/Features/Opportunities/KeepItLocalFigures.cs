using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Web.Features.Opportunities;

/// <summary>Works out the Keep it Local panel for an opportunity from the registered providers (domain.md section 3).</summary>
public sealed class KeepItLocalFigures(CommissioningDbContext db, IOptions<OpportunityOptions> options)
{
    public decimal Cap => options.Value.KeepItLocalMaximumLotValue;

    public async Task<KeepItLocalPanel> PanelAsync(Opportunity opportunity, CancellationToken cancellationToken = default)
    {
        var providers = await LocalCapacitiesAsync(cancellationToken);
        var lots = opportunity.Lots.OrderBy(l => l.Number)
            .Select(l => new LotLocalFigure(l.Number, l.Title, l.AnnualValue, KeepItLocal.CountLocalBidders(l.AnnualValue, l.Localities, providers), l.NoLocalBidderReason))
            .ToList();
        return new KeepItLocalPanel(
            lots.Count == 0 ? 0 : lots.Max(l => l.AnnualValue), Cap, lots, opportunity.PaymentByResults, opportunity.ConsortiaAllowed,
            lots.Count == 1, opportunity.SingleLotReason);
    }

    public static IReadOnlyDictionary<int, int> CountsByLotNumber(KeepItLocalPanel panel) =>
        panel.Lots.ToDictionary(l => l.Number, l => l.LocalBidders);

    /// <summary>
    /// What each registered provider could bid for: Leeds-based, income as last reported, and the localities
    /// of the wards it works in (domain.md section 3; the provider details come from the providers register).
    /// </summary>
    private async Task<List<LocalCapacity>> LocalCapacitiesAsync(CancellationToken cancellationToken)
    {
        var providers = await db.Providers.AsNoTracking()
            .Where(p => p.IsLeedsBased && p.AnnualIncome != null)
            .Select(p => new { p.AnnualIncome, p.Type, Localities = p.Wards.Select(w => w.Locality).ToList() })
            .ToListAsync(cancellationToken);
        return providers.Select(p => new LocalCapacity(true, p.AnnualIncome, p.Localities.Distinct().ToList(), p.Type)).ToList();
    }
}
