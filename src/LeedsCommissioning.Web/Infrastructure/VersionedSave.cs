using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// The one version-checked save for every <see cref="IVersioned"/> aggregate (contracts, providers, waivers,
/// opportunities, bids). The form or button carries the version the person saw; the change is made and saved
/// only while the database still holds that version (the UPDATE checks it, so a save racing this one is
/// refused too). A rule that says no comes back as the <see cref="DomainException"/>; someone else's save
/// comes back as an <see cref="EditConflict"/> with who changed what and when, and the version to save
/// against next time.
/// </summary>
public static class VersionedSave
{
    public static async Task<SaveResult> SaveVersionedAsync<T>(this CommissioningDbContext db, T entity, int seenVersion, Action? change = null,
        DateTime? openedAtUtc = null)
        where T : class, IVersioned
    {
        var keyProperty = db.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties.Single();
        var id = (int)db.Entry(entity).Property(keyProperty.Name).CurrentValue!;
        if (entity.Version == seenVersion)
        {
            db.Entry(entity).Property(e => e.Version).OriginalValue = seenVersion;
            try
            {
                change?.Invoke();
                await db.SaveChangesAsync();
                return new SaveResult(entity.Version, null, null);
            }
            catch (DomainException ex)
            {
                return new SaveResult(seenVersion, ex, null);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone saved between our read and our write: their save is the conflict.
            }
        }

        db.ChangeTracker.Clear();
        var conflict = await EditConflicts.FindAsync(db, typeof(T).Name, id.ToString(System.Globalization.CultureInfo.InvariantCulture), openedAtUtc);
        var current = await db.Set<T>().AsNoTracking().Where(e => EF.Property<int>(e, keyProperty.Name) == id)
            .Select(e => EF.Property<int>(e, nameof(IVersioned.Version))).SingleAsync();
        return new SaveResult(current, null, conflict);
    }

    /// <summary>
    /// A form's save: as <see cref="SaveVersionedAsync{T}"/>, with a refusal written into <paramref name="modelState"/>
    /// (a rule's on its field, a conflict in the error summary) and <paramref name="version"/> given the version
    /// the form should carry next.
    /// </summary>
    public static async Task<bool> TrySaveFormAsync<T>(this CommissioningDbContext db, T entity, int seenVersion, ModelStateDictionary modelState,
        string what, Action<int> version, Action? change = null, DateTime? openedAtUtc = null)
        where T : class, IVersioned
    {
        var result = await db.SaveVersionedAsync(entity, seenVersion, change, openedAtUtc);
        if (result.Refusal is { } refusal)
        {
            modelState.AddDomainError(refusal);
        }
        else if (result.Conflict is { } conflict)
        {
            modelState.AddModelError("", EditConflicts.Message(conflict, what, EditConflicts.FormNotSaved));
        }

        version(result.Version);
        return result.Saved;
    }

    /// <summary>
    /// Saves a draft that may not exist yet (a panel member's score sheet, a chair's moderation): the first save starts it
    /// with <paramref name="start"/>, adds it and saves <paramref name="save"/>'s change; a later one makes the change only
    /// while the database still holds the version the form carried. A rule's refusal goes on its field and someone
    /// else's save (from another window) into the error summary as <paramref name="conflictMessage"/>. Returns the
    /// draft (null when it could not be started) and the version the form should carry next.
    /// </summary>
    public static async Task<(T? Draft, int Version)> SaveDraftAsync<T>(this CommissioningDbContext db, T? existing, Func<T> start, Action<T> save,
        int seenVersion, ModelStateDictionary modelState, string conflictMessage)
        where T : class, IVersioned
    {
        var draft = existing;
        try
        {
            if (draft is null)
            {
                // Version 0 is what a form carries when the draft did not exist yet: a draft starts at version 1, so a save
                // from another window opened before this one started it is refused, not taken as an edit of version 0.
                draft = start();
                db.Add(draft);
                db.Entry(draft).Property(nameof(IVersioned.Version)).CurrentValue = 1;
                save(draft);
                await db.SaveChangesAsync();
                return (draft, draft.Version);
            }

            var result = await db.SaveVersionedAsync(draft, seenVersion, () => save(draft));
            if (result.Refusal is { } refusal)
            {
                modelState.AddDomainError(refusal);
            }
            else if (result.Conflict is not null)
            {
                modelState.AddModelError("", conflictMessage);
            }

            return (draft, result.Version);
        }
        catch (DomainException ex)
        {
            modelState.AddDomainError(ex);
            return (draft, draft?.Version ?? 0);
        }
    }
}
