using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
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
        var lots = new List<LotLocalFigure>();
        foreach (var lot in opportunity.Lots.OrderBy(l => l.Number))
        {
            lots.Add(new LotLocalFigure(lot.Number, lot.Title, lot.AnnualValue,
                await CountLocalBiddersAsync(lot.AnnualValue, lot.Localities, cancellationToken), lot.NoLocalBidderReason));
        }

        return new KeepItLocalPanel(
            lots.Count == 0 ? 0 : lots.Max(l => l.AnnualValue), Cap, lots, opportunity.PaymentByResults, opportunity.ConsortiaAllowed,
            lots.Count == 1, opportunity.SingleLotReason);
    }

    public static IReadOnlyDictionary<int, int> CountsByLotNumber(KeepItLocalPanel panel) =>
        panel.Lots.ToDictionary(l => l.Number, l => l.LocalBidders);

    /// <summary>
    /// How many registered providers could bid for a lot, counted by the database (one COUNT a lot, not every provider
    /// read into memory; docs/benchmarks.md). The rule is <see cref="KeepItLocal.CouldBid"/>'s (domain.md section 3):
    /// a local organisation (Leeds-based, not an NHS trust or other public body), whose income as last reported is at
    /// least the lot's annual value, working in at least one of the lot's localities (any, when the lot names none).
    /// Income and value are compared as floating point, which every database can compare (SQLite stores decimals as
    /// text); pounds and pence below a trillion convert exactly enough for the comparison to agree.
    /// </summary>
    private async Task<int> CountLocalBiddersAsync(decimal lotAnnualValue, IReadOnlyCollection<Locality> lotLocalities, CancellationToken cancellationToken)
    {
        var value = (double)lotAnnualValue;
        var providers = db.Providers.AsNoTracking()
            .Where(p => p.IsLeedsBased && p.Type != ProviderType.NhsTrust && p.Type != ProviderType.PublicBody
                && p.AnnualIncome != null && (double)p.AnnualIncome.Value >= value);
        if (lotLocalities.Count > 0)
        {
            var localities = lotLocalities.ToList();
            providers = providers.Where(p => p.Wards.Any(w => localities.Contains(w.Locality)));
        }

        return await providers.CountAsync(cancellationToken);
    }
}
