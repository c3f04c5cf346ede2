using System.Globalization;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>The lists the contract forms choose from (organisations, funders, providers, commissioners), read from the database.</summary>
internal static class ContractChoices
{
    /// <summary>The value of the commissioner option that keeps a commissioner without a portal account.</summary>
    public const string KeepCommissioner = "unchanged";

    public static async Task<IReadOnlyList<SelectListItem>> CommissioningOrganisationsAsync(CommissioningDbContext db) =>
        await db.CommissioningOrganisations.AsNoTracking().Where(o => o.Kind != CommissioningOrganisationKind.OtherPartner)
            .OrderBy(o => o.Kind).ThenBy(o => o.Name).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();

    public static async Task<IReadOnlyList<SelectListItem>> FundersAsync(CommissioningDbContext db) =>
        await db.CommissioningOrganisations.AsNoTracking()
            .OrderBy(o => o.Kind).ThenBy(o => o.Name).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();

    public static async Task<IReadOnlyList<SelectListItem>> ProvidersAsync(CommissioningDbContext db) =>
        await db.Providers.AsNoTracking().OrderBy(p => p.Name).Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToListAsync();

    /// <summary>Council and NHS commissioners with an account; first, a commissioner of <paramref name="contract"/> who has none.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> CommissionersAsync(CommissioningDbContext db, Contract? contract)
    {
        var commissioners = await CommissionerUsers(db).OrderBy(u => u.Text).ToListAsync();
        if (contract is { ResponsibleCommissionerId: null, ResponsibleCommissionerName: { } name })
        {
            commissioners.Insert(0, new SelectListItem($"{name} (no portal account)", KeepCommissioner));
        }

        return commissioners;
    }

    /// <summary>Council and NHS commissioners with an account, as (id, name) items.</summary>
    public static IQueryable<SelectListItem> CommissionerUsers(CommissioningDbContext db) =>
        from u in db.Users
        join ur in db.UserRoles on u.Id equals ur.UserId
        join r in db.Roles on ur.RoleId equals r.Id
        where r.Name == Roles.CouncilCommissioner || r.Name == Roles.CcgCommissioner
        select new SelectListItem { Text = u.DisplayName, Value = u.Id };

    public static string MoneyValue(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
