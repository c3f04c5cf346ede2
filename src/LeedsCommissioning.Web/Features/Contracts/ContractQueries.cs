using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// The register's specifications (style.md: filters reused as IQueryable extension methods): the list,
/// the totals, the CSV and the Excel download all run these, so they always agree.
/// </summary>
public static class ContractQueries
{
    /// <summary>
    /// Contracts a provider user may see: those their organisation takes part in as lead, partner or
    /// subcontractor (issue 4, "never another provider's"). Enforced here, where the data is read.
    /// </summary>
    public static IQueryable<Contract> TakingPart(this IQueryable<Contract> contracts, int providerId) =>
        contracts.Where(c => c.Providers.Any(p => p.ProviderId == providerId));

    /// <summary>Every register filter at once. <paramref name="today"/> is the UK date from the injected clock.</summary>
    public static IQueryable<Contract> ApplyFilters(this IQueryable<Contract> contracts, CommissioningDbContext db, RegisterFilter filter, DateOnly today)
    {
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            contracts = contracts.Matching(db, filter.Search);
        }

        if (filter.Organisation is { } organisationId)
        {
            contracts = contracts.Where(c => c.CommissioningOrganisationId == organisationId);
        }

        if (filter.ServiceArea is { } area)
        {
            contracts = contracts.Where(c => c.ServiceArea == area);
        }

        if (filter.Provider is { } providerId)
        {
            contracts = contracts.TakingPart(providerId);
        }

        if (filter.Status is { } status)
        {
            contracts = contracts.Where(c => c.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Funder))
        {
            var funder = filter.Funder.Trim();
            contracts = int.TryParse(funder, out var funderId)
                ? contracts.Where(c => c.Funding.Any(f => f.FunderOrganisationId == funderId))
                : contracts.Where(c => c.Funding.Any(f => f.PartnerName == funder));
        }

        if (filter.EndingWithin is { } months && ContractOptions.EndingWithinMonths.Contains(months))
        {
            contracts = contracts.EndingWithin(today, months);
        }

        return contracts;
    }

    /// <summary>
    /// Still running (not ended or decommissioned) with the stored current end date between today and
    /// <paramref name="months"/> months on: the SQL twin of <see cref="Contract.IsEndingWithin"/>.
    /// </summary>
    public static IQueryable<Contract> EndingWithin(this IQueryable<Contract> contracts, DateOnly today, int months)
    {
        var last = today.AddMonths(months);
        return contracts.Where(c => c.Status != ContractStatus.Ended && c.Status != ContractStatus.Decommissioned
            && c.CurrentEndDate >= today && c.CurrentEndDate <= last);
    }

    /// <summary>
    /// The register's search: the text anywhere in the contract's reference, its title or the name of any of its
    /// providers, in any case. Indexed where the database can (migration RegisterSearch, docs/benchmarks.md):
    /// on SQLite an FTS5 table with the trigram tokenizer (ContractSearch, kept up to date by triggers), whose
    /// phrase query finds a substring of three characters or more; elsewhere, and for shorter text, LIKE on the
    /// lower-cased columns, which PostgreSQL answers from pg_trgm GIN indexes and SQL Server by scanning.
    /// </summary>
    public static IQueryable<Contract> Matching(this IQueryable<Contract> contracts, CommissioningDbContext db, string search)
    {
        var term = search.Trim();
        if (db.Database.IsSqlite() && term.Length >= 3)
        {
            var phrase = "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            var found = db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"ContractSearch\" WHERE \"ContractSearch\" MATCH {phrase}");
            return contracts.Where(c => found.Contains(c.Id));
        }

        var pattern = "%" + EscapeLike(term.ToLowerInvariant()) + "%";
        var byText = db.Contracts.Where(c => EF.Functions.Like(c.Reference.ToLower(), pattern, LikeEscape)
            || EF.Functions.Like(c.Title.ToLower(), pattern, LikeEscape)).Select(c => c.Id);
        var byProvider = db.ContractProviders.Where(p => EF.Functions.Like(p.Provider.Name.ToLower(), pattern, LikeEscape)).Select(p => p.ContractId);
        var ids = byText.Union(byProvider);
        return contracts.Where(c => ids.Contains(c.Id));
    }

    private const string LikeEscape = "\\";

    /// <summary>Typed text as a LIKE pattern's literal part: %, _ and the escape character match themselves.</summary>
    public static string EscapeLike(string text) =>
        text.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal).Replace("_", LikeEscape + "_", StringComparison.Ordinal);

    /// <summary>The register's sort; ties broken by reference so paging is stable.</summary>
    public static IQueryable<Contract> ApplySort(this IQueryable<Contract> contracts, RegisterFilter filter)
    {
        var desc = filter.Descending;
        var sorted = filter.Sort?.ToLowerInvariant() switch
        {
            "title" => desc ? contracts.OrderByDescending(c => c.Title) : contracts.OrderBy(c => c.Title),
            "end" => desc ? contracts.OrderByDescending(c => c.CurrentEndDate) : contracts.OrderBy(c => c.CurrentEndDate),
            "value" => desc ? contracts.OrderByDescending(c => c.AnnualValue) : contracts.OrderBy(c => c.AnnualValue),
            "local" => desc ? contracts.OrderByDescending(c => c.SmallLocalShare) : contracts.OrderBy(c => c.SmallLocalShare),
            _ => desc ? contracts.OrderByDescending(c => c.Reference) : contracts.OrderBy(c => c.Reference),
        };
        return sorted.ThenBy(c => c.Reference);
    }

    /// <summary>Whether a contract part's provider counts towards Keep it Local: the one definition, <see cref="SizeBands.IsSmallAndLocalProvider"/>, in SQL.</summary>
    public static IQueryable<ContractProvider> SmallAndLocal(this IQueryable<ContractProvider> parts) => parts.Where(PartIsSmallAndLocal);

    /// <summary>The same rule as an expression, for use inside a projection.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<ContractProvider, bool>> PartIsSmallAndLocal = PartOf(SizeBands.IsSmallAndLocalProvider);

    /// <summary>Turns a rule about a provider into the same rule about a contract part's provider.</summary>
    private static System.Linq.Expressions.Expression<Func<ContractProvider, bool>> PartOf(System.Linq.Expressions.Expression<Func<Provider, bool>> rule)
    {
        var part = System.Linq.Expressions.Expression.Parameter(typeof(ContractProvider), "part");
        var body = Microsoft.EntityFrameworkCore.Query.ReplacingExpressionVisitor.Replace(
            rule.Parameters[0], System.Linq.Expressions.Expression.Property(part, nameof(ContractProvider.Provider)), rule.Body);
        return System.Linq.Expressions.Expression.Lambda<Func<ContractProvider, bool>>(body, part);
    }
}
