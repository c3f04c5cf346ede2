using LeedsCommissioning.Domain.Providers;
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
    /// (issue 4: the second save is refused with who changed what and when, <see cref="VersionedSave"/>), and
    /// <paramref name="onConflict"/> gets the current version, so that saving the form again (knowingly)
    /// replaces the other person's change.
    /// </summary>
    public static Task<bool> TrySaveAsync(
        CommissioningDbContext db, Provider provider, int loadedVersion, ModelStateDictionary modelState, Action<int> onConflict) =>
        db.TrySaveFormAsync(provider, loadedVersion, modelState, "provider", onConflict);
}
