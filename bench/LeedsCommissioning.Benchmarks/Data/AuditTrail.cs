using System.Globalization;
using System.Text.Json;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LeedsCommissioning.Benchmarks;

/// <summary>
/// Rows of the app's audit table (<see cref="AuditEntry"/>), in the shape the audit interceptor writes them:
/// an "added" row for each new audited entity with every property it was given, "modified" rows with each
/// changed property's old and new value, and for a part of an aggregate (a contract's providers, funding and
/// extensions; a provider's contacts; an opportunity's lots) the root's type and key in ParentType and ParentKey,
/// which the history pages and EditConflicts read. Keys are given in the order rows are made, so one record's
/// rows are in time order, as they are when people make them.
/// </summary>
internal sealed class AuditTrail(BulkWriter writer, IModel model)
{
    private const int FlushAt = 20_000;

    private readonly List<AuditEntry> _pending = [];
    private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Dictionary<IEntityType, EntityShape> _shapes = [];
    private readonly IEntityType _auditType = model.FindEntityType(typeof(AuditEntry))!;

    public long Written { get; private set; }

    public long Count => Written + _pending.Count;

    /// <summary>The "added" row the interceptor writes when <paramref name="entry"/> is saved, if it is audited.</summary>
    public (string Type, string Key)? Added(EntityEntry entry, DateTime atUtc, StaffUser user)
    {
        if (entry.Entity is not IAuditable)
        {
            return null;
        }

        var shape = ShapeOf(entry.Metadata);
        var values = entry.CurrentValues;
        var key = Format(values[shape.Key])!;
        // As JsonSerializer writes a List<AuditChange>, without building the list.
        _buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_buffer))
        {
            json.WriteStartArray();
            WriteChange(json, "Id", key);
            foreach (var property in shape.Properties)
            {
                if (values[property] is { } value)
                {
                    WriteChange(json, property.Name, Format(value));
                }
            }

            json.WriteEndArray();
        }

        var parentKey = shape.Parent is { } parent ? Format(values[parent.Properties[0]]) : null;
        _pending.Add(new AuditEntry
        {
            OccurredAtUtc = atUtc,
            UserId = user.Id,
            UserName = user.Email,
            EntityType = entry.Metadata.ClrType.Name,
            EntityKey = key,
            ParentType = shape.Parent?.PrincipalEntityType.ClrType.Name,
            ParentKey = parentKey,
            Action = AuditAction.Added,
            Changes = System.Text.Encoding.UTF8.GetString(_buffer.WrittenSpan),
        });
        return (entry.Metadata.ClrType.Name, key);
    }

    /// <summary>
    /// The records an audited entry belongs to, nearest first: its aggregate's root (itself, for a root), then
    /// every record its foreign keys point at. Empty for an entry that is not audited.
    /// </summary>
    public IEnumerable<(string Type, int Key)> RootsOf(EntityEntry entry)
    {
        if (entry.Entity is not IAuditable)
        {
            yield break;
        }

        var shape = ShapeOf(entry.Metadata);
        yield return shape.Parent is { } parent
            ? (parent.PrincipalEntityType.ClrType.Name, (int)entry.CurrentValues[parent.Properties[0]]!)
            : (entry.Metadata.ClrType.Name, (int)entry.CurrentValues[shape.Key]!);
        foreach (var foreignKey in entry.Metadata.GetForeignKeys())
        {
            if (entry.CurrentValues[foreignKey.Properties[0]] is int key)
            {
                yield return (foreignKey.PrincipalEntityType.ClrType.Name, key);
            }
        }
    }

    /// <summary>A "modified" row: a person changed these properties of a record (or of a part of <paramref name="parent"/>).</summary>
    public void Modified(string entityType, int key, (string Type, int Key)? parent, DateTime atUtc, StaffUser user, params AuditChange[] changes) =>
        _pending.Add(new AuditEntry
        {
            OccurredAtUtc = atUtc,
            UserId = user.Id,
            UserName = user.Email,
            EntityType = entityType,
            EntityKey = key.ToString(CultureInfo.InvariantCulture),
            ParentType = parent?.Type,
            ParentKey = parent?.Key.ToString(CultureInfo.InvariantCulture),
            Action = AuditAction.Modified,
            Changes = JsonSerializer.Serialize(changes),
        });

    public async Task FlushIfFullAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count >= FlushAt)
        {
            await FlushAsync(cancellationToken);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var next = await writer.NextKeysAsync(_auditType, _pending.Count, cancellationToken);
        foreach (var entry in _pending)
        {
            entry.Id = next++;
        }

        await writer.WriteAsync(model, _pending, cancellationToken);
        Written += _pending.Count;
        _pending.Clear();
    }

    private static void WriteChange(Utf8JsonWriter json, string property, string? value)
    {
        json.WriteStartObject();
        json.WriteString("Property", property);
        json.WriteNull("Old");
        json.WriteString("New", value);
        json.WriteEndObject();
    }

    /// <summary>As the interceptor writes a value (AuditInterceptor.Format).</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.00", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private EntityShape ShapeOf(IEntityType type)
    {
        if (!_shapes.TryGetValue(type, out var shape))
        {
            var key = type.FindPrimaryKey()!.Properties[0];
            // The interceptor's rule (AuditInterceptor.ParentOf): the first required, cascading foreign key to a versioned root.
            var parent = typeof(IVersioned).IsAssignableFrom(type.ClrType) ? null : type.GetForeignKeys().FirstOrDefault(fk => fk.IsRequired
                && fk.DeleteBehavior == DeleteBehavior.Cascade
                && typeof(IVersioned).IsAssignableFrom(fk.PrincipalEntityType.ClrType));
            shape = new EntityShape(key, type.GetProperties().Where(p => !p.IsPrimaryKey() && p.Name != nameof(IVersioned.Version)).ToList(), parent);
            _shapes[type] = shape;
        }

        return shape;
    }

    private sealed record EntityShape(IProperty Key, IReadOnlyList<IProperty> Properties, IForeignKey? Parent);
}

/// <summary>A person on the council or NHS side, or a provider's user, as the audit trail names them.</summary>
internal sealed record StaffUser(string Id, string Email, string Name);
