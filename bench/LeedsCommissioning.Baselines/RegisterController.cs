using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Baselines;

/// <summary>The register's first page of 50 rows, twice: from memory, and over one naive EF Core query.</summary>
public sealed class RegisterController : Controller
{
    public const int PageSize = 50;

    /// <summary>Render only: the rows are built once at start-up; the request pays for routing, MVC and Razor.</summary>
    [HttpGet("/render-only")]
    public IActionResult RenderOnly([FromServices] InMemoryRegister register, string? search, string? status) =>
        View("Register", register.Page(search, status));

    /// <summary>
    /// Naive EF Core: what a first version would write. A case-insensitive LIKE on the title and reference
    /// (a scan: a leading wildcard uses no index), the status filter, a COUNT of the matches and the first 50
    /// rows with the lead provider's name.
    /// </summary>
    [HttpGet("/naive-ef")]
    public async Task<IActionResult> NaiveEf([FromServices] CommissioningDbContext db, string? search, string? status, CancellationToken cancellationToken)
    {
        var query = db.Contracts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim().ToLowerInvariant()}%";
            query = query.Where(c => EF.Functions.Like(c.Title.ToLower(), pattern) || EF.Functions.Like(c.Reference.ToLower(), pattern));
        }

        if (Enum.TryParse<ContractStatus>(status, ignoreCase: true, out var wanted))
        {
            query = query.Where(c => c.Status == wanted);
        }

        var count = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(c => c.Reference)
            .Take(PageSize)
            .Select(c => new RegisterRow(c.Id, c.Reference, c.Title, c.LeadProvider != null ? c.LeadProvider.Name : null, c.Status,
                c.CurrentEndDate, c.AnnualValue, c.SmallLocalShare, c.RequiredSmallShare))
            .ToListAsync(cancellationToken);
        return View("Register", new RegisterPage(search, status, count, rows));
    }
}
