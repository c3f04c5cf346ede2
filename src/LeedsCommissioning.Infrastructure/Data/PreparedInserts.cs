using System.Data.Common;
using LeedsCommissioning.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LeedsCommissioning.Infrastructure.Data;

/// <summary>
/// Saves what a context tracks as added, with one INSERT per table prepared once and run for every row, instead of
/// SaveChanges: for the register's import of a region's contracts (docs/benchmarks.md, "Session 18: the import's bulk path").
/// EF Core's SaveChanges builds and prepares a new statement for every row, since Microsoft.Data.Sqlite keeps no
/// prepared statement between commands, and that was most of the import's time. The rows are the same: each column's
/// value is the tracked entity's, converted by the column's own type mapping, so the columns read back as SaveChanges
/// would have written them; generated keys are read back and given to the tracked entities, and the change tracker
/// carries them into the foreign keys of their parts. The audit trail is the one <see cref="AuditInterceptor"/> writes
/// for the same entities (<see cref="AuditInterceptor.AuditOfAdded"/>), written the same way.
/// <para>
/// Only for adding: a context with a modified or deleted entity is refused, and so is an entity type whose table it
/// does not fill alone (owned types, table splitting) or with values the database makes other than its key. It runs
/// inside the caller's transaction, which it requires, so the caller's all-or-nothing holds. One instance serves one
/// unit of work: its prepared commands are kept between batches and disposed with it.
/// </para>
/// </summary>
public sealed class PreparedInserts(DbContext context, AuditInterceptor audit) : IDisposable
{
    private readonly Dictionary<(IEntityType, bool ReadsKey), Insert> _inserts = [];
    private Dictionary<IEntityType, int>? _order;

    /// <summary>
    /// Writes every entity the context tracks as added, parents first, then their audit; then the change tracker
    /// forgets them all, so each batch holds only itself.
    /// </summary>
    public async Task SaveAddedAsync(CancellationToken cancellationToken = default)
    {
        if (context.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Prepared inserts run inside the caller's transaction: begin one first.");
        }

        var entries = context.ChangeTracker.Entries().ToList();
        if (entries.FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted) is { } changed)
        {
            throw new InvalidOperationException($"Prepared inserts only add rows: {changed.Metadata.DisplayName()} is {changed.State}.");
        }

        _order ??= DependencyOrder(context.Model);
        var added = entries.Where(e => e.State == EntityState.Added).ToList();
        foreach (var group in added.GroupBy(e => e.Metadata).OrderBy(g => _order.GetValueOrDefault(g.Key)))
        {
            var insert = InsertFor(group.Key, readsKey: true);
            foreach (var entry in group)
            {
                await insert.WriteAsync(entry, cancellationToken);
            }
        }

        var auditEntries = audit.AuditOfAdded(added);
        if (auditEntries.Count > 0)
        {
            // Nothing refers to an audit row, so its key is not read back; Entry of an untracked entity does not track it.
            var insert = InsertFor(context.Model.FindEntityType(typeof(AuditEntry))!, readsKey: false);
            foreach (var entry in auditEntries)
            {
                await insert.WriteAsync(context.Entry(entry), cancellationToken);
            }
        }

        context.ChangeTracker.Clear();
    }

    public void Dispose()
    {
        foreach (var insert in _inserts.Values)
        {
            insert.Dispose();
        }

        _inserts.Clear();
    }

    private Insert InsertFor(IEntityType entityType, bool readsKey)
    {
        if (!_inserts.TryGetValue((entityType, readsKey), out var insert))
        {
            insert = Insert.Prepare(context, entityType, readsKey);
            _inserts[(entityType, readsKey)] = insert;
        }

        return insert;
    }

    /// <summary>
    /// Every entity type ranked so that the tables a foreign key points at come before the tables that point (also the
    /// order bench/'s generator writes its tables in).
    /// </summary>
    public static Dictionary<IEntityType, int> DependencyOrder(IModel model)
    {
        var rank = new Dictionary<IEntityType, int>();
        int Rank(IEntityType type, HashSet<IEntityType> visiting)
        {
            if (rank.TryGetValue(type, out var known))
            {
                return known;
            }

            if (!visiting.Add(type))
            {
                return 0; // a cycle: a table pointing at itself, whose own order does not matter here
            }

            var result = 1 + type.GetForeignKeys().Select(fk => fk.PrincipalEntityType).Where(p => p != type)
                .Select(p => Rank(p, visiting)).DefaultIfEmpty(0).Max();
            visiting.Remove(type);
            rank[type] = result;
            return result;
        }

        foreach (var type in model.GetEntityTypes())
        {
            Rank(type, []);
        }

        return rank;
    }

    /// <summary>One table's INSERT, prepared once, with the database's generated key read back when it has one.</summary>
    private sealed class Insert : IDisposable
    {
        private readonly DbCommand _command;
        private readonly IReadOnlyList<Column> _columns;
        private readonly IProperty? _generatedKey;

        private Insert(string table, DbCommand command, IReadOnlyList<Column> columns, IProperty? generatedKey)
        {
            Table = table;
            _command = command;
            _columns = columns;
            _generatedKey = generatedKey;
        }

        public string Table { get; }

        public static Insert Prepare(DbContext context, IEntityType entityType, bool readsKey)
        {
            var name = entityType.GetTableName() ?? throw new NotSupportedException($"{entityType.DisplayName()} is not mapped to a table.");
            var store = StoreObjectIdentifier.Table(name, entityType.GetSchema());
            if (entityType.IsOwned() || entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned())
                || context.Model.GetEntityTypes().Any(t => t != entityType && t.GetTableName() == name && t.GetSchema() == entityType.GetSchema()))
            {
                throw new NotSupportedException($"{entityType.DisplayName()} shares its table {name}: prepared inserts write a table that one entity type fills alone.");
            }

            var key = entityType.FindPrimaryKey();
            var generatedKey = key is { Properties: [var single] } && single.ValueGenerated == ValueGenerated.OnAdd ? single : null;
            var columns = new List<Column>();
            foreach (var property in entityType.GetProperties())
            {
                if (property == generatedKey || property.GetColumnName(store) is not { } column)
                {
                    continue;
                }

                if (property.ValueGenerated != ValueGenerated.Never || property.GetComputedColumnSql(store) is not null)
                {
                    throw new NotSupportedException($"{entityType.DisplayName()}.{property.Name} is made by the database: prepared inserts write only values the entity holds.");
                }

                var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
                columns.Add(new Column(column, property, mapping, mapping.Converter));
            }

            var sql = context.GetService<ISqlGenerationHelper>();
            var connection = context.Database.GetDbConnection();
            var command = connection.CreateCommand();
            command.Transaction = context.Database.CurrentTransaction!.GetDbTransaction();
            var table = sql.DelimitIdentifier(name, entityType.GetSchema());
            var names = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)));
            var values = string.Join(", ", columns.Select((_, i) => sql.GenerateParameterNamePlaceholder($"p{i}")));
            command.CommandText = generatedKey is null || !readsKey
                ? $"INSERT INTO {table} ({names}) VALUES ({values})"
                : context.Database.IsSqlServer()
                    // OUTPUT would be refused on a table with triggers (the data version's): the identity of this scope instead.
                    ? $"INSERT INTO {table} ({names}) VALUES ({values}); SELECT CAST(SCOPE_IDENTITY() AS bigint)"
                    : $"INSERT INTO {table} ({names}) VALUES ({values}) RETURNING {sql.DelimitIdentifier(generatedKey.GetColumnName(store)!)}";
            for (var i = 0; i < columns.Count; i++)
            {
                command.Parameters.Add(columns[i].Mapping.CreateParameter(command, sql.GenerateParameterName($"p{i}"), null, columns[i].Property.IsNullable));
            }

            command.Prepare();
            return new Insert(name, command, columns, readsKey ? generatedKey : null);
        }

        public async Task WriteAsync(EntityEntry entry, CancellationToken cancellationToken)
        {
            var values = entry.CurrentValues;
            for (var i = 0; i < _columns.Count; i++)
            {
                var value = values[_columns[i].Property];
                _command.Parameters[i].Value = (value is null ? null : _columns[i].Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
            }

            if (_generatedKey is null)
            {
                await _command.ExecuteNonQueryAsync(cancellationToken);
                return;
            }

            var key = await _command.ExecuteScalarAsync(cancellationToken)
                ?? throw new InvalidOperationException($"The database gave no key for the new row of {Table}.");
            // The change tracker carries the key into the foreign keys of the entity's tracked parts.
            entry.Property(_generatedKey.Name).CurrentValue = Convert.ChangeType(key, _generatedKey.ClrType, System.Globalization.CultureInfo.InvariantCulture);
        }

        public void Dispose() => _command.Dispose();

        private sealed record Column(string Name, IProperty Property, RelationalTypeMapping Mapping, ValueConverter? Converter);
    }
}
