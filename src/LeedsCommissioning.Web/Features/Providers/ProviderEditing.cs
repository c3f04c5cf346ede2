using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Providers;

/// <summary>Loading a provider to change it, and saving it without overwriting someone else's change.</summary>
public static class ProviderEditing
{
    /// <summary>The tracked provider with everything its form shows (contacts and CQC locations are owned, so always loaded).</summary>
    public static Task<Provider?> LoadAsync(CommissioningDbContext db, int id) =>
        db.Providers.Include(p => p.Wards).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id);

    /// <summary>
    /// Keep it Local figures are stored on each contract (domain.md section 6); after a provider's income,
    /// type or Leeds base changes, every contract it takes part in recalculates them from the provider.
    /// </summary>
    public static async Task RefreshContractFiguresAsync(CommissioningDbContext db, int providerId)
    {
        var contracts = await db.Contracts
            .Where(c => c.Providers.Any(cp => cp.ProviderId == providerId))
            .Include(c => c.Providers).ThenInclude(cp => cp.Provider)
            .AsSplitQuery()
            .ToListAsync();
        foreach (var contract in contracts)
        {
            contract.RefreshProviderFigures();
        }
    }

    /// <summary>
    /// Saves the provider only if nobody has changed it since the form was loaded at <paramref name="loadedVersion"/>
    /// (issue 4: the second save is refused with who changed it and when). On a conflict nothing is saved and the
    /// form's error summary says who changed it and when, and <paramref name="onConflict"/> gets the current
    /// version, so that saving the form again (knowingly) replaces the other person's change.
    /// </summary>
    public static async Task<bool> TrySaveAsync(
        CommissioningDbContext db, Provider provider, int loadedVersion, ModelStateDictionary modelState, Action<int> onConflict)
    {
        if (provider.Version == loadedVersion)
        {
            // The UPDATE checks the version the form was loaded at, so a save racing this one is refused too.
            db.Entry(provider).Property(p => p.Version).OriginalValue = loadedVersion;
            try
            {
                await db.SaveChangesAsync();
                return true;
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                provider = await db.Providers.AsNoTracking().SingleAsync(p => p.Id == provider.Id);
            }
        }
        else
        {
            db.ChangeTracker.Clear();
        }

        onConflict(await db.Providers.Where(p => p.Id == provider.Id).Select(p => p.Version).SingleAsync());
        modelState.AddModelError("", await ConflictMessageAsync(db, provider.Id));
        return false;
    }

    /// <summary>Who last changed the provider or one of its parts (contacts, CQC locations), and when, from the audit trail.</summary>
    public static async Task<string> ConflictMessageAsync(CommissioningDbContext db, int providerId)
    {
        var key = providerId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Parts are audited under their own ids; their ProviderId change names the provider they belong to.
        var partAdded = $"\"Property\":\"ProviderId\",\"Old\":null,\"New\":\"{key}\"";
        var partRemoved = $"\"Property\":\"ProviderId\",\"Old\":\"{key}\",\"New\":null";
        var latest = await db.AuditEntries.AsNoTracking()
            .Where(a => (a.EntityType == nameof(Provider) && a.EntityKey == key)
                || ((a.EntityType == nameof(ProviderContact) || a.EntityType == nameof(CqcLocation))
                    && (a.Changes.Contains(partAdded) || a.Changes.Contains(partRemoved))))
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.UserId, a.UserName, a.OccurredAtUtc })
            .FirstOrDefaultAsync();
        // The audit trail keeps the sign-in name; people know each other by their display name.
        var who = latest is null
            ? "Someone else"
            : await db.Users.Where(u => u.Id == latest.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync() ?? latest.UserName;
        var when = latest is null ? "" : $" on {UkTime.DateAndTime(latest.OccurredAtUtc)}";
        return $"{who} changed this provider{when}, after you opened this page. Your changes have not been saved. "
            + "Check the provider's page for their changes; if you save this form again, what it shows will replace them";
    }
}
