using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using LeedsCommissioning.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace LeedsCommissioning.Infrastructure.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every added, modified or deleted <see cref="IAuditable"/>
/// entity, bumps <see cref="IVersioned.Version"/> for optimistic concurrency, and refuses any change
/// to an existing audit row. Audit rows for added entities need their generated keys, so they are
/// written after the save, inside the same transaction, which the interceptor opens when the caller
/// has none: the change and its audit commit together or not at all.
/// </summary>
/// <remarks>
/// One instance serves every DbContext (the contexts are pooled, docs/benchmarks.md "The shared request
/// pipeline"), so the audit a save has captured is kept against its context in a table that holds the context
/// weakly: a context used by one request at a time, never kept alive by its pending audit.
/// </remarks>
public sealed class AuditInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, PendingAudit> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            RefuseAuditChanges(context);
            Abandon(context);
            TouchAggregateRoots(context);
            Prepare(context, OwnsTransaction(context) ? context.Database.BeginTransaction() : null);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            RefuseAuditChanges(context);
            Abandon(context);
            TouchAggregateRoots(context);
            Prepare(context, OwnsTransaction(context) ? await context.Database.BeginTransactionAsync(cancellationToken) : null);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && Take(context, out var pending))
        {
            try
            {
                context.AddRange(pending.ToEntries());
                context.SaveChanges();
                pending.Transaction?.Commit();
            }
            catch
            {
                pending.Transaction?.Rollback();
                throw;
            }
            finally
            {
                pending.Transaction?.Dispose();
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Take(context, out var pending))
        {
            try
            {
                context.AddRange(pending.ToEntries());
                await context.SaveChangesAsync(cancellationToken);
                if (pending.Transaction is { } transaction)
                {
                    await transaction.CommitAsync(cancellationToken);
                }
            }
            catch
            {
                if (pending.Transaction is { } transaction)
                {
                    await transaction.RollbackAsync(CancellationToken.None);
                }

                throw;
            }
            finally
            {
                if (pending.Transaction is { } transaction)
                {
                    await transaction.DisposeAsync();
                }
            }
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>True when this save needs an audit and nobody else has opened a transaction.</summary>
    private static bool OwnsTransaction(DbContext context) =>
        context.Database.CurrentTransaction is null
        && context.ChangeTracker.Entries<IAuditable>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    /// <summary>
    /// A change to a part of an aggregate (a row whose required foreign key cascades from an
    /// <see cref="IVersioned"/> root: a contract's providers, funding, extensions and documents; a
    /// provider's contacts, CQC locations and wards) is a change to the aggregate. The tracked root is
    /// marked modified so its <see cref="IVersioned.Version"/> is bumped and checked, and a second
    /// person's stale edit of any part is refused.
    /// </summary>
    private static void TouchAggregateRoots(DbContext context)
    {
        var roots = context.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Unchanged && e.Entity is IVersioned)
            .ToDictionary(e => (e.Metadata.ClrType, KeyText(e, e.Metadata.FindPrimaryKey()!.Properties, original: false)));
        if (roots.Count == 0)
        {
            return;
        }

        var parts = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not IVersioned)
            .ToList();
        foreach (var part in parts)
        {
            foreach (var foreignKey in part.Metadata.GetForeignKeys())
            {
                if (!IsAggregateForeignKey(foreignKey))
                {
                    continue;
                }

                var key = (foreignKey.PrincipalEntityType.ClrType, KeyText(part, foreignKey.Properties, part.State == EntityState.Deleted));
                if (roots.TryGetValue(key, out var root) && root.State == EntityState.Unchanged)
                {
                    root.Property(nameof(IVersioned.Version)).IsModified = true;
                }
            }
        }
    }

    private static string KeyText(EntityEntry entry, IReadOnlyList<Microsoft.EntityFrameworkCore.Metadata.IProperty> properties, bool original) =>
        string.Join(",", properties.Select(p => Format(original ? entry.Property(p.Name).OriginalValue : entry.Property(p.Name).CurrentValue)));

    /// <summary>Checked before a transaction is opened, so a refused save leaves nothing open behind it.</summary>
    private static void RefuseAuditChanges(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries<AuditEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit trail is append-only: audit entries cannot be changed or removed.");
            }
        }
    }

    private void Prepare(DbContext context, IDbContextTransaction? transaction)
    {
        var entries = context.ChangeTracker.Entries<IAuditable>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (entries.Count == 0)
        {
            return;
        }

        foreach (var entry in entries.Where(e => e.State == EntityState.Modified && e.Entity is IVersioned))
        {
            var version = entry.Property(nameof(IVersioned.Version));
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // A root touched only because one of its parts changed has nothing of its own to record. An added entity is
        // described after the save (PendingAudit.ToEntries), when its key and its foreign keys are the database's.
        var captured = entries.Select(e => new CapturedChange(
                e, e.State, e.State == EntityState.Added ? null : Describe(e, e.State), e.State == EntityState.Added ? null : ParentOf(e, original: true)))
            .Where(c => c.State != EntityState.Modified || c.Changes!.Count > 0)
            .ToList();
        _pending.AddOrUpdate(context, new PendingAudit(captured, transaction, now, currentUser.UserId, currentUser.UserName ?? "system"));
    }

    /// <summary>
    /// The audit rows for entities written without SaveChanges (<see cref="Data.PreparedInserts"/>), once their keys are
    /// the database's: the rows SavedChanges would have written for the same added entities, by the same person at the
    /// same time.
    /// </summary>
    public IReadOnlyList<AuditEntry> AuditOfAdded(IEnumerable<EntityEntry> added)
    {
        var captured = added.Where(e => e.Entity is IAuditable && e.State == EntityState.Added)
            .Select(e => new CapturedChange(e, EntityState.Added, null, null))
            .ToList();
        return captured.Count == 0
            ? []
            : new PendingAudit(captured, null, clock.GetUtcNow().UtcDateTime, currentUser.UserId, currentUser.UserName ?? "system").ToEntries().ToList();
    }

    private bool Take(DbContext context, [NotNullWhen(true)] out PendingAudit? pending) =>
        _pending.TryGetValue(context, out pending) && _pending.Remove(context);

    /// <summary>
    /// Drops the audit of a save that failed, and rolls back the transaction opened for it. EF Core does not
    /// report every failure to SaveChangesFailed (an optimistic concurrency conflict goes to
    /// ThrowingConcurrencyException instead), so a save still pending when the next one starts has failed.
    /// </summary>
    private void Abandon(DbContext? context)
    {
        if (context is not null && Take(context, out var pending))
        {
            pending.Transaction?.Rollback();
            pending.Transaction?.Dispose();
        }
    }

    /// <summary>What an entry's save changes, as the entry stood in <paramref name="state"/> (an added one may be saved already).</summary>
    private static List<AuditChange> Describe(EntityEntry entry, EntityState state)
    {
        var changes = new List<AuditChange>();
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.IsPrimaryKey() && state != EntityState.Added)
            {
                continue;
            }

            var include = state switch
            {
                EntityState.Added => property.CurrentValue is not null,
                EntityState.Deleted => property.OriginalValue is not null,
                _ => property.IsModified && !Equals(property.OriginalValue, property.CurrentValue),
            };
            if (!include || property.Metadata.Name == nameof(IVersioned.Version))
            {
                continue;
            }

            changes.Add(new AuditChange(
                property.Metadata.Name,
                state == EntityState.Added ? null : Format(property.OriginalValue),
                state == EntityState.Deleted ? null : Format(property.CurrentValue)));
        }

        return changes;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.00", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>
    /// The foreign key by which a part belongs to its aggregate root: its first required, cascading foreign key to an
    /// <see cref="IVersioned"/> entity (a contract's providers, funding, extensions; a provider's contacts). Null for a root
    /// or a record that belongs to none. The audit trail files a part's entries under this root (ParentType, ParentKey).
    /// </summary>
    public static Microsoft.EntityFrameworkCore.Metadata.IForeignKey? AggregateForeignKey(Microsoft.EntityFrameworkCore.Metadata.IEntityType type) =>
        typeof(IVersioned).IsAssignableFrom(type.ClrType) ? null : type.GetForeignKeys().FirstOrDefault(IsAggregateForeignKey);

    private static bool IsAggregateForeignKey(Microsoft.EntityFrameworkCore.Metadata.IForeignKey foreignKey) =>
        foreignKey.IsRequired && foreignKey.DeleteBehavior == DeleteBehavior.Cascade
        && typeof(IVersioned).IsAssignableFrom(foreignKey.PrincipalEntityType.ClrType);

    /// <summary>
    /// The aggregate root a part belongs to: the principal of its first required, cascading foreign key
    /// to an <see cref="IVersioned"/> entity (the same test as <see cref="TouchAggregateRoots"/>), so a
    /// root's history can gather its parts' entries, deleted parts included. Null for a root.
    /// </summary>
    private static Parent? ParentOf(EntityEntry entry, bool original)
    {
        var foreignKey = AggregateForeignKey(entry.Metadata);
        return foreignKey is null
            ? null
            : new Parent(foreignKey.PrincipalEntityType.ClrType.Name, KeyText(entry, foreignKey.Properties, original));
    }

    private sealed record Parent(string Type, string Key);

    /// <summary>A change captured before its save; an added entity's <paramref name="Changes"/> are described after it (null until then).</summary>
    private sealed record CapturedChange(EntityEntry Entry, EntityState State, List<AuditChange>? Changes, Parent? Parent);

    private sealed record PendingAudit(
        List<CapturedChange> Changes, IDbContextTransaction? Transaction, DateTime At, string? UserId, string UserName)
    {
        public IEnumerable<AuditEntry> ToEntries() => Changes.Select(c =>
        {
            // An added part's foreign key is known only after the save (its root may be new too).
            var parent = c.State == EntityState.Added ? ParentOf(c.Entry, original: false) : c.Parent;
            return new AuditEntry
            {
                OccurredAtUtc = At,
                UserId = UserId,
                UserName = UserName,
                EntityType = c.Entry.Metadata.ClrType.Name,
                EntityKey = KeyOf(c.Entry),
                ParentType = parent?.Type,
                ParentKey = parent?.Key,
                Action = c.State switch
                {
                    EntityState.Added => AuditAction.Added,
                    EntityState.Deleted => AuditAction.Deleted,
                    _ => AuditAction.Modified,
                },
                Changes = JsonSerializer.Serialize(KeyedChanges(c)),
            };
        });

        private static List<AuditChange> KeyedChanges(CapturedChange c)
        {
            if (c.State != EntityState.Added)
            {
                return c.Changes!;
            }

            // Generated keys, and the foreign keys to a new parent, are known only after the save: take them now.
            return Describe(c.Entry, EntityState.Added)
                .Where(ch => !c.Entry.Metadata.FindProperty(ch.Property)!.IsPrimaryKey())
                .Prepend(new AuditChange("Id", null, KeyOf(c.Entry)))
                .ToList();
        }

        private static string KeyOf(EntityEntry entry)
        {
            var key = entry.Metadata.FindPrimaryKey();
            return key is null
                ? ""
                : string.Join(",", key.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));
        }
    }
}
