using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// Optimistic concurrency for any <see cref="IVersioned"/> aggregate edited through a form: the form carries the
/// version the person saw, the save succeeds only while the database still holds it, and a refusal says who
/// saved in between and when (their latest audit entry on the root or one of its parts, in UK time).
/// </summary>
public static class EditConflicts
{
    /// <summary>Makes the next save of <paramref name="entity"/> fail unless the database still holds <paramref name="seenVersion"/>.</summary>
    public static void ExpectVersion<T>(this CommissioningDbContext db, T entity, int seenVersion)
        where T : class, IVersioned =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = seenVersion;

    /// <summary>"Someone else changed this opportunity while you were working on it: Priya Shah (procurement@example.org) saved it on 26 November 2026 at 10:00am. ..."</summary>
    public static async Task<string> MessageAsync(CommissioningDbContext db, string entityType, int id, string what, string whatNow)
    {
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var latest = await db.AuditEntries.AsNoTracking()
            .Where(a => (a.EntityType == entityType && a.EntityKey == key) || (a.ParentType == entityType && a.ParentKey == key))
            .OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id)
            .Select(a => new { a.UserId, a.UserName, a.OccurredAtUtc }).FirstOrDefaultAsync();
        var name = latest?.UserId is { } userId
            ? await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync()
            : null;
        var who = latest is null ? "someone else"
            : string.IsNullOrWhiteSpace(name) || name == latest.UserName ? latest.UserName : $"{name} ({latest.UserName})";
        var when = latest is null ? "" : $" on {UkTime.DateAndTime(latest.OccurredAtUtc)}";
        return $"Someone else changed this {what} while you were working on it: {who} saved it{when}. {whatNow}";
    }
}
