using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>One person who can be picked: a staff user or an external evaluator, with what the screen says about them.</summary>
public sealed record PersonToChoose(string UserId, string Name, string? JobTitle, string Role)
{
    public bool IsExternal => Role == Roles.Evaluator;

    /// <summary>"Jordan Lee, Service-user representative. Evaluation panel member".</summary>
    public string Describe() => $"{Name}{(JobTitle is null ? "" : ", " + JobTitle)}. {Roles.Describe(Role)}";

    public SelectListItem Item() => new(Describe(), UserId);
}

/// <summary>
/// The people a procurement officer picks from: the second person present at an opening (staff), panel members
/// (staff and external evaluators). Accounts an administrator has locked are left out (issue 13).
/// </summary>
public static class PeopleToChoose
{
    public static async Task<List<PersonToChoose>> WithRolesAsync(this CommissioningDbContext db, IReadOnlyCollection<string> roles)
    {
        var people = await (from u in db.Users
                            join ur in db.UserRoles on u.Id equals ur.UserId
                            join r in db.Roles on ur.RoleId equals r.Id
                            where roles.Contains(r.Name!) && u.PasswordHash != null
                            select new { u.Id, u.DisplayName, u.JobTitle, Role = r.Name!, u.LockoutEnd })
            .ToListAsync();
        return people.Where(p => p.LockoutEnd is null || p.LockoutEnd < DateTimeOffset.MaxValue.AddDays(-1))
            .GroupBy(p => p.Id).Select(g => g.First())
            .OrderBy(p => p.DisplayName, StringComparer.Ordinal)
            .Select(p => new PersonToChoose(p.Id, p.DisplayName, p.JobTitle, p.Role)).ToList();
    }
}
