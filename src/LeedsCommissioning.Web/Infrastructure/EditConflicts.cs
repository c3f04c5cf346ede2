using System.Text.Json;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// Who changed an <see cref="IVersioned"/> aggregate while someone else was working on it, what they changed
/// and when, read from the audit trail: the root's own entries and its parts' entries, found by the parts'
/// <see cref="AuditEntry.ParentType"/> and <see cref="AuditEntry.ParentKey"/> (deleted parts included).
/// One wording for every aggregate: <see cref="Message"/>.
/// </summary>
public static class EditConflicts
{
    /// <summary>What to do now, after a form was refused: what was typed is still in it.</summary>
    public const string FormNotSaved = "Your changes have not been saved. Everything you entered is still below: check their changes, then save again to keep yours.";

    /// <summary>What to do now, after a button (submit, decide, withdraw) was refused.</summary>
    public const string ActionNotDone = "Nothing has been changed: check their changes, then try again.";

    /// <summary>
    /// The other person's save: the latest audited save of the root or its parts, with everything that save
    /// (or every save since <paramref name="sinceUtc"/>, when the form knows when it was opened) changed.
    /// </summary>
    public static async Task<EditConflict> FindAsync(CommissioningDbContext db, string entityType, string key, DateTime? sinceUtc = null)
    {
        // The root's entries and its parts' entries, each read newest first through its own index
        // ((EntityType, EntityKey, OccurredAtUtc, Id) and (ParentType, ParentKey, OccurredAtUtc, Id)), so an
        // aggregate with thousands of audit rows costs no more than one with ten (docs/benchmarks.md).
        var own = await Newest(db.AuditEntries.AsNoTracking().Where(a => a.EntityType == entityType && a.EntityKey == key)).ToListAsync();
        var partEntries = await Newest(db.AuditEntries.AsNoTracking().Where(a => a.ParentType == entityType && a.ParentKey == key)).ToListAsync();
        var entries = own.Concat(partEntries).OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id).Take(LookBack).ToList();
        if (entries.Count == 0)
        {
            return new EditConflict("Someone else", null, [], []);
        }

        var latest = entries[0];
        var names = await DisplayNamesAsync(db, entries);
        var theirs = sinceUtc is { } since
            ? entries.Where(e => e.OccurredAtUtc >= since).ToList()
            : entries.TakeWhile(e => e.UserId == latest.UserId && e.OccurredAtUtc == latest.OccurredAtUtc).ToList();
        theirs.Reverse();
        var parts = theirs.SelectMany(e => PartsChanged(e, entityType)).Distinct().ToList();
        var changes = theirs.SelectMany(e => Describe(e, entityType, NameOf(e, names))).Distinct().Take(30).ToList();
        return new EditConflict(NameOf(latest, names), latest.OccurredAtUtc, parts, changes);
    }

    /// <summary>
    /// "Tom Bennett changed this contract on 26 November 2026 at 10:05am, after you opened it. What changed: title,
    /// funding contributions. Your changes have not been saved. ..."
    /// </summary>
    public static string Message(EditConflict conflict, string what, string whatNow)
    {
        var when = conflict.ChangedAtUtc is { } at ? $" on {UkTime.DateAndTime(at)}" : "";
        var parts = conflict.Parts.Count == 0 ? ""
            : $" What changed: {string.Join(", ", conflict.Parts.Take(6))}{(conflict.Parts.Count > 6 ? " and more" : "")}.";
        return $"{conflict.ChangedBy} changed this {what}{when}, after you opened it.{parts} {whatNow}";
    }

    private const int LookBack = 200;

    private static IQueryable<AuditEntry> Newest(IQueryable<AuditEntry> entries) =>
        entries.OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id).Take(LookBack);

    private static async Task<Dictionary<string, string>> DisplayNamesAsync(CommissioningDbContext db, List<AuditEntry> entries)
    {
        // The audit trail keeps the sign-in name (an e-mail address); people know each other by their names.
        var userIds = entries.Select(e => e.UserId).OfType<string>().Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.DisplayName != "")
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName);
    }

    private static string NameOf(AuditEntry entry, Dictionary<string, string> names) =>
        entry.UserId is { } id && names.TryGetValue(id, out var name) ? name : entry.UserName;

    /// <summary>"title", "annual value" for the root's own properties; "contacts" for its parts. Creating the root is not a change to it.</summary>
    private static IEnumerable<string> PartsChanged(AuditEntry entry, string rootType) =>
        entry.EntityType != rootType ? [Plural(PartName(entry.EntityType, rootType))]
        : entry.Action == AuditAction.Added ? []
        : Changes(entry).Select(c => Words(c.Property));

    private static IEnumerable<string> Describe(AuditEntry entry, string rootType, string who)
    {
        if (entry.EntityType != rootType)
        {
            var verb = entry.Action switch { AuditAction.Added => "added", AuditAction.Deleted => "removed", _ => "changed" };
            yield return $"{who} {verb} {Article(PartName(entry.EntityType, rootType))}";
            yield break;
        }

        foreach (var change in Changes(entry))
        {
            yield return $"{who} changed the {Words(change.Property)} from “{change.Old ?? "nothing"}” to “{change.New ?? "nothing"}”";
        }
    }

    private static List<AuditChange> Changes(AuditEntry entry) => JsonSerializer.Deserialize<List<AuditChange>>(entry.Changes) ?? [];

    /// <summary>A part's type without its root's name: "ContractExtension" of a contract is "extension", "CqcLocation" is "CQC location".</summary>
    private static string PartName(string partType, string rootType) =>
        Words(partType.StartsWith(rootType, StringComparison.Ordinal) && partType.Length > rootType.Length ? partType[rootType.Length..] : partType);

    private static string Plural(string noun) =>
        noun.EndsWith('y') && !noun.EndsWith("ey", StringComparison.Ordinal) ? noun[..^1] + "ies" : noun.EndsWith('s') ? noun + "es" : noun + "s";

    private static string Article(string noun) => ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;

    /// <summary>"InitialEndDate" becomes "initial end date"; a run of capitals ("Cqc", "CQC") stays an acronym only when written so.</summary>
    private static string Words(string name)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            if (i == name.Length || (char.IsUpper(name[i]) && !char.IsUpper(name[i - 1])))
            {
                words.Add(name[start..i]);
                start = i;
            }
        }

        return string.Join(' ', words.Select(w => w == "Cqc" ? "CQC" : w.All(char.IsUpper) && w.Length > 1 ? w : w.ToLowerInvariant()));
    }
}
