using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Providers;

/// <summary>Runs the directory's search: filters and sort in SQL, one page of rows projected for the list.</summary>
public static class ProviderDirectory
{
    public static async Task FillAsync(CommissioningDbContext db, ProvidersIndexViewModel model, CancellationToken cancellationToken)
    {
        model.Page = Math.Max(1, model.Page);
        var query = db.Providers.AsNoTracking()
            .Search(model.Search)
            .OfType(model.Type)
            .InSizeBand(model.Size)
            .WorkingInWard(model.Ward)
            .WithVetting(model.Vetting)
            .LeedsBased(model.LeedsBasedFilter)
            .HoldingAContractIn(db, model.ServiceArea);

        model.TotalCount = await query.CountAsync(cancellationToken);
        var shares = db.DeliveringParts();
        var rows = query.Select(p => new
        {
            p.Id, p.Name, p.Type, p.SizeBand, p.AnnualIncome, p.IsLeedsBased, p.VettingStatus,
            // Shares are summed as doubles only to sort; the amounts shown are summed exactly below.
            ValueForSorting = shares.Where(s => s.ProviderId == p.Id).Sum(s => (double?)(double)s.AnnualShare) ?? 0d,
        });
        var sorted = model.SortOrDefault switch
        {
            // Cast for sorting: SQLite stores decimals as text and cannot order them as numbers.
            "income" => rows.OrderByDescending(r => r.AnnualIncome != null).ThenByDescending(r => (double?)r.AnnualIncome).ThenBy(r => r.Name),
            "size" => rows.OrderBy(r => r.SizeBand == SizeBand.Micro ? 0 : r.SizeBand == SizeBand.Small ? 1
                    : r.SizeBand == SizeBand.Medium ? 2 : r.SizeBand == SizeBand.Large ? 3 : 4)
                .ThenBy(r => (double?)r.AnnualIncome).ThenBy(r => r.Name),
            "value" => rows.OrderByDescending(r => r.ValueForSorting).ThenBy(r => r.Name),
            _ => rows.OrderBy(r => r.Name),
        };
        var page = await sorted.Skip((model.Page - 1) * ProvidersIndexViewModel.PageSize).Take(ProvidersIndexViewModel.PageSize)
            .Select(r => new { r.Id, r.Name, r.Type, r.SizeBand, r.AnnualIncome, r.IsLeedsBased, r.VettingStatus })
            .ToListAsync(cancellationToken);

        var ids = page.Select(p => p.Id).ToList();
        var totals = (await shares.Where(s => ids.Contains(s.ProviderId)).Select(s => new { s.ProviderId, s.AnnualShare }).ToListAsync(cancellationToken))
            .GroupBy(s => s.ProviderId).ToDictionary(g => g.Key, g => g.Sum(s => s.AnnualShare));
        model.Rows = page.Select(p => new ProviderRow(
            p.Id, p.Name, p.Type, p.SizeBand, p.AnnualIncome, p.IsLeedsBased, p.VettingStatus, totals.GetValueOrDefault(p.Id))).ToList();
        model.WardOptions = await WardOptionsAsync(db, cancellationToken);
    }

    /// <summary>The 33 wards, each labelled with its locality.</summary>
    private static async Task<IReadOnlyList<SelectListItem>> WardOptionsAsync(CommissioningDbContext db, CancellationToken cancellationToken) =>
        (await db.Wards.AsNoTracking().OrderBy(w => w.Name).Select(w => new { w.Id, w.Name, w.Locality }).ToListAsync(cancellationToken))
        .Select(w => new SelectListItem($"{w.Name} ({w.Locality.ToDisplayName()})", w.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        .ToList();
}
