using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using LeedsCommissioning.Web.Features.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Providers;

/// <summary>
/// Runs the directory's search: filters and sort by name, income or size in SQL, one page of rows projected for the list.
/// Each provider's annual contract value (its shares of the contracts being delivered) comes from one figure for the
/// whole directory, kept per version of the register's data in <see cref="RegisterFigures"/>: read per page, it cost a
/// look-up of each of the page's providers' contracts, a few thousand rows for the directory's first page at a region's
/// scale (docs/benchmarks.md, "the providers directory (session 8)").
/// </summary>
public static class ProviderDirectory
{
    public static async Task FillAsync(CommissioningDbContext db, RegisterFigures figures, ProvidersIndexViewModel model, CancellationToken cancellationToken)
    {
        model.Page = Math.Max(1, model.Page);
        var query = Matching(db, model);

        var version = await RegisterFigures.VersionAsync(db, cancellationToken);
        var values = await figures.GetOrAddAsync(version, "providers-annual-contract-values", AnnualContractValuesAsync);
        model.TotalCount = await query.CountAsync(cancellationToken);
        var skip = (model.Page - 1) * ProvidersIndexViewModel.PageSize;
        var rows = query.Select(p => new Listed
        {
            Id = p.Id, Name = p.Name, Type = p.Type, SizeBand = p.SizeBand, AnnualIncome = p.AnnualIncome, IsLeedsBased = p.IsLeedsBased, VettingStatus = p.VettingStatus,
        });
        var page = model.SortOrDefault switch
        {
            // Cast for sorting: SQLite stores decimals as text and cannot order them as numbers.
            "income" => await rows.OrderByDescending(r => r.AnnualIncome != null).ThenByDescending(r => (double?)r.AnnualIncome).ThenBy(r => r.Name)
                .Skip(skip).Take(ProvidersIndexViewModel.PageSize).ToListAsync(cancellationToken),
            "size" => await rows.OrderBy(r => r.SizeBand == SizeBand.Micro ? 0 : r.SizeBand == SizeBand.Small ? 1
                    : r.SizeBand == SizeBand.Medium ? 2 : r.SizeBand == SizeBand.Large ? 3 : 4)
                .ThenBy(r => (double?)r.AnnualIncome).ThenBy(r => r.Name)
                .Skip(skip).Take(ProvidersIndexViewModel.PageSize).ToListAsync(cancellationToken),
            "value" => await InValueOrderAsync(query, rows, values, skip, cancellationToken),
            _ => await rows.OrderBy(r => r.Name).Skip(skip).Take(ProvidersIndexViewModel.PageSize).ToListAsync(cancellationToken),
        };

        model.Rows = page.Select(p => new ProviderRow(
            p.Id, p.Name, p.Type, p.SizeBand, p.AnnualIncome, p.IsLeedsBased, p.VettingStatus, values.GetValueOrDefault(p.Id))).ToList();
        model.WardOptions = await WardOptionsAsync(db, cancellationToken);
    }

    /// <summary>The providers the directory's filters match.</summary>
    public static IQueryable<Provider> Matching(CommissioningDbContext db, ProvidersIndexViewModel model) =>
        db.Providers.AsNoTracking()
            .Search(model.Search)
            .OfType(model.Type)
            .InSizeBand(model.Size)
            .WorkingInWard(model.Ward)
            .WithVetting(model.Vetting)
            .LeedsBased(model.LeedsBasedFilter)
            .HoldingAContractIn(db, model.ServiceArea);

    /// <summary>
    /// Every provider the filters match, in the directory's order, for the download: read row by row from the database,
    /// except in annual contract value order, which is the figure's and so sorted here.
    /// </summary>
    public static async IAsyncEnumerable<ProviderRow> AllAsync(CommissioningDbContext db, RegisterFigures figures, ProvidersIndexViewModel model,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var version = await RegisterFigures.VersionAsync(db, cancellationToken);
        var values = await figures.GetOrAddAsync(version, "providers-annual-contract-values", AnnualContractValuesAsync);
        var rows = Matching(db, model).Select(p => new Listed
        {
            Id = p.Id, Name = p.Name, Type = p.Type, SizeBand = p.SizeBand, AnnualIncome = p.AnnualIncome, IsLeedsBased = p.IsLeedsBased, VettingStatus = p.VettingStatus,
        });
        IAsyncEnumerable<Listed> ordered = model.SortOrDefault switch
        {
            "income" => rows.OrderByDescending(r => r.AnnualIncome != null).ThenByDescending(r => (double?)r.AnnualIncome).ThenBy(r => r.Name).AsAsyncEnumerable(),
            "size" => rows.OrderBy(r => r.SizeBand == SizeBand.Micro ? 0 : r.SizeBand == SizeBand.Small ? 1
                    : r.SizeBand == SizeBand.Medium ? 2 : r.SizeBand == SizeBand.Large ? 3 : 4)
                .ThenBy(r => (double?)r.AnnualIncome).ThenBy(r => r.Name).AsAsyncEnumerable(),
            "value" => Each((await rows.OrderBy(r => r.Name).ToListAsync(cancellationToken)).OrderByDescending(r => values.GetValueOrDefault(r.Id))),
            _ => rows.OrderBy(r => r.Name).AsAsyncEnumerable(),
        };
        await foreach (var p in ordered.WithCancellation(cancellationToken))
        {
            yield return new ProviderRow(p.Id, p.Name, p.Type, p.SizeBand, p.AnnualIncome, p.IsLeedsBased, p.VettingStatus, values.GetValueOrDefault(p.Id));
        }
    }

    private static async IAsyncEnumerable<Listed> Each(IEnumerable<Listed> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }

    /// <summary>
    /// Each provider's annual contract value: the sum of its shares of the contracts being delivered (live, in extension
    /// or ending). Summed here exactly: SQLite keeps decimals as text and cannot add them up.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, decimal>> AnnualContractValuesAsync(CommissioningDbContext db) =>
        (await db.DeliveringShares().Select(s => new { s.ProviderId, s.AnnualShare }).ToListAsync())
        .GroupBy(s => s.ProviderId)
        .ToDictionary(g => g.Key, g => g.Sum(s => s.AnnualShare));

    /// <summary>
    /// Largest annual contract value first: the matching providers' ids in the database's order of names, then a stable
    /// sort by value, so providers of equal value stay in name order as the database sorts names.
    /// </summary>
    private static async Task<List<Listed>> InValueOrderAsync(IQueryable<Provider> query, IQueryable<Listed> rows,
        IReadOnlyDictionary<int, decimal> values, int skip, CancellationToken cancellationToken)
    {
        var ids = await query.OrderBy(p => p.Name).Select(p => p.Id).ToListAsync(cancellationToken);
        var pageIds = ids.OrderByDescending(i => values.GetValueOrDefault(i)).Skip(skip).Take(ProvidersIndexViewModel.PageSize).ToList();
        var found = await rows.Where(r => pageIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        return pageIds.Select(i => found[i]).ToList();
    }

    /// <summary>A provider's columns the list shows; set by member so that SQL can sort by them.</summary>
    private sealed class Listed
    {
        public int Id { get; init; }

        public string Name { get; init; } = "";

        public ProviderType Type { get; init; }

        public SizeBand? SizeBand { get; init; }

        public decimal? AnnualIncome { get; init; }

        public bool IsLeedsBased { get; init; }

        public VettingStatus VettingStatus { get; init; }
    }

    /// <summary>The 33 wards, each labelled with its locality.</summary>
    private static async Task<IReadOnlyList<SelectListItem>> WardOptionsAsync(CommissioningDbContext db, CancellationToken cancellationToken) =>
        (await db.Wards.AsNoTracking().OrderBy(w => w.Name).Select(w => new { w.Id, w.Name, w.Locality }).ToListAsync(cancellationToken))
        .Select(w => new SelectListItem($"{w.Name} ({w.Locality.ToDisplayName()})", w.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        .ToList();
}
