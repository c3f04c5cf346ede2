using System.Data.Common;
using System.Globalization;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace LeedsCommissioning.Benchmarks;

/// <summary>
/// Writes entities the domain built to their tables, fast: on SQLite one prepared INSERT per table, reused for
/// every row, committed every <see cref="SqliteRowsPerCommit"/> rows; on PostgreSQL binary COPY in one transaction.
/// Tables, columns, value converters and shadow properties all come from the EF Core model (<see cref="IEntityType.GetTableName"/>,
/// <see cref="IProperty.GetColumnName(in StoreObjectIdentifier)"/>, each property's type mapping), so a column
/// another change adds to the model is written too, and the rows go into the real tables, so their triggers fire.
/// <para>
/// Keys are given here, not by the database: the next value after the table's largest, set on each added
/// entry through the change tracker, which carries it to the dependents' foreign keys. PostgreSQL's identity
/// sequences are moved past them at the end.
/// </para>
/// </summary>
internal sealed class BulkWriter : IAsyncDisposable
{
    private readonly BenchDatabase _database;
    private readonly DbConnection _connection;
    /// <summary>
    /// Rows written on SQLite between commits. One transaction larger than SQLite's page cache makes every page
    /// fetch hunt through a cache full of dirty pages (a profile of the 100,000-contract register's generation, with
    /// 376 MB written, spent more than a third of its time in pcache1Fetch and pcacheManageDirtyList, and wrote 1 MB a
    /// minute), so the load commits every so many rows. Nothing is lost by it: the marker is written last, and a
    /// database without it is generated again.
    /// </summary>
    private const long SqliteRowsPerCommit = 50_000;

    private DbTransaction _transaction;
    private long _rowsSinceCommit;
    private readonly Dictionary<IEntityType, Table> _tables = [];
    private readonly Dictionary<IEntityType, long> _nextKey = [];
    private readonly Dictionary<IEntityType, int> _order;

    private BulkWriter(BenchDatabase database, IModel model, DbConnection connection, DbTransaction transaction)
    {
        _database = database;
        _connection = connection;
        _transaction = transaction;
        _order = PreparedInserts.DependencyOrder(model);
    }

    /// <summary>Rows written, by table.</summary>
    public Dictionary<string, long> Rows { get; } = new(StringComparer.Ordinal);

    public static async Task<BulkWriter> OpenAsync(BenchDatabase database, IModel model, CancellationToken cancellationToken)
    {
        DbConnection connection = database.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnection(database.ConnectionString),
            DatabaseProvider.PostgreSql => new NpgsqlConnection(database.ConnectionString),
            _ => throw new NotSupportedException($"The generator writes to SQLite and PostgreSQL, not {database.Provider}."),
        };
        await connection.OpenAsync(cancellationToken);
        if (connection is SqliteConnection)
        {
            // A data load: nothing to lose if the machine stops, so no waiting for the disk on each page.
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        return new BulkWriter(database, model, connection, transaction);
    }

    /// <summary>
    /// Gives every added entry that has a temporary (not yet generated) key its real key, which the change
    /// tracker copies into the foreign keys of the entries that point at it.
    /// </summary>
    public async Task AssignKeysAsync(DbContext context, bool detectChanges, CancellationToken cancellationToken)
    {
        if (detectChanges)
        {
            context.ChangeTracker.DetectChanges();
        }

        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
        {
            var key = entry.Metadata.FindPrimaryKey();
            if (key is not { Properties: [var property] } || !entry.Property(property.Name).IsTemporary)
            {
                continue;
            }

            var next = await NextKeysAsync(entry.Metadata, 1, cancellationToken);
            entry.Property(property.Name).CurrentValue = Convert.ChangeType(next, property.ClrType, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Reserves <paramref name="count"/> keys of an entity type's table and returns the first.</summary>
    public async Task<long> NextKeysAsync(IEntityType entityType, int count, CancellationToken cancellationToken)
    {
        var table = TableOf(entityType);
        if (!_nextKey.TryGetValue(table.Root, out var next))
        {
            await using var command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = $"SELECT MAX({Quote(table.KeyColumn ?? throw new InvalidOperationException($"{table.Name} has no single key column"))}) FROM {table.QuotedName}";
            var max = await command.ExecuteScalarAsync(cancellationToken);
            next = max is null or DBNull ? 1 : Convert.ToInt64(max, CultureInfo.InvariantCulture) + 1;
        }

        _nextKey[table.Root] = next + count;
        return next;
    }

    /// <summary>Writes every added entry the context tracks, parents' tables first.</summary>
    public async Task WriteAddedAsync(DbContext context, CancellationToken cancellationToken)
    {
        var groups = context.ChangeTracker.Entries().Where(e => e.State == EntityState.Added)
            .GroupBy(e => e.Metadata)
            .OrderBy(g => _order.GetValueOrDefault(g.Key));
        foreach (var group in groups)
        {
            var table = TableOf(group.Key);
            var checkedRows = 0;
            await WriteRowsAsync(table, group.Select(entry =>
            {
                // A key or foreign key still temporary means a parent was not given its key: checked on the first rows of each table.
                if (checkedRows++ < 100)
                {
                    CheckKeys(entry, table);
                }

                var values = entry.CurrentValues;
                return (Func<IProperty, object?>)(p => values[p]);
            }), cancellationToken);
        }
    }

    /// <summary>Writes entities that are not tracked (the audit trail's rows), reading their CLR properties.</summary>
    public Task WriteAsync<T>(IModel model, IEnumerable<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        var table = TableOf(model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model"));
        var getters = table.Columns.Select(c => c.Property).ToDictionary(p => p, p => p.IsShadowProperty()
            ? throw new InvalidOperationException($"{table.Name}.{p.Name} is a shadow property: add such rows through the change tracker")
            : p.GetGetter());
        return WriteRowsAsync(table, entities.Select(e => (Func<IProperty, object?>)(p => getters[p].GetClrValue(e))), cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await _transaction.CommitAsync(cancellationToken);
        if (_connection is NpgsqlConnection)
        {
            // The keys were given here, so the identity sequences must start after them.
            foreach (var table in _tables.Values.Where(t => t.KeyColumn is not null && _nextKey.ContainsKey(t.Root)).DistinctBy(t => t.Name))
            {
                await using var command = _connection.CreateCommand();
                command.CommandText = $"SELECT setval(pg_get_serial_sequence('{table.QuotedName.Replace("'", "''", StringComparison.Ordinal)}', '{table.KeyColumn}'), (SELECT MAX({Quote(table.KeyColumn!)}) FROM {table.QuotedName}))";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var analyse = _connection.CreateCommand();
            analyse.CommandText = "ANALYZE";
            analyse.CommandTimeout = 0;
            await analyse.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var table in _tables.Values)
        {
            table.Insert?.Dispose();
        }

        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private static void CheckKeys(EntityEntry entry, Table table)
    {
        foreach (var column in table.Columns.Where(c => c.Property.IsKey() || c.Property.IsForeignKey()))
        {
            if (entry.Property(column.Property.Name).IsTemporary)
            {
                throw new InvalidOperationException($"{entry.Metadata.DisplayName()}.{column.Property.Name} still has a temporary value: its parent was not given a key.");
            }
        }
    }

    private async Task WriteRowsAsync(Table table, IEnumerable<Func<IProperty, object?>> rows, CancellationToken cancellationToken)
    {
        long count = 0;
        if (_connection is NpgsqlConnection npgsql)
        {
            var columns = string.Join(", ", table.Columns.Select(c => Quote(c.Name)));
            await using var importer = await npgsql.BeginBinaryImportAsync($"COPY {table.QuotedName} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                foreach (var column in table.Columns)
                {
                    var value = column.ToProvider(row(column.Property));
                    if (value is null)
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await importer.WriteAsync(value, column.DataTypeName, cancellationToken);
                    }
                }

                count++;
            }

            await importer.CompleteAsync(cancellationToken);
        }
        else
        {
            var insert = table.Insert ??= PrepareInsert(table);
            foreach (var row in rows)
            {
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    insert.Parameters[i].Value = table.Columns[i].ToProvider(row(table.Columns[i].Property)) ?? DBNull.Value;
                }

                insert.ExecuteNonQuery();
                count++;
            }
        }

        Rows[table.Name] = Rows.GetValueOrDefault(table.Name) + count;
        _rowsSinceCommit += count;
        if (_connection is SqliteConnection && _rowsSinceCommit >= SqliteRowsPerCommit)
        {
            await _transaction.CommitAsync(cancellationToken);
            await _transaction.DisposeAsync();
            _transaction = await _connection.BeginTransactionAsync(cancellationToken);
            foreach (var prepared in _tables.Values.Select(t => t.Insert).OfType<DbCommand>())
            {
                prepared.Transaction = _transaction;
            }

            _rowsSinceCommit = 0;
        }
    }

    private DbCommand PrepareInsert(Table table)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = $"INSERT INTO {table.QuotedName} ({string.Join(", ", table.Columns.Select(c => Quote(c.Name)))}) " +
            $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < table.Columns.Count; i++)
        {
            command.Parameters.Add(table.Columns[i].Mapping.CreateParameter(command, $"$p{i}", null, table.Columns[i].Property.IsNullable));
        }

        command.Prepare();
        return command;
    }

    private Table TableOf(IEntityType entityType)
    {
        if (_tables.TryGetValue(entityType, out var table))
        {
            return table;
        }

        var name = entityType.GetTableName() ?? throw new InvalidOperationException($"{entityType.DisplayName()} is not mapped to a table");
        var schema = entityType.GetSchema();
        var store = StoreObjectIdentifier.Table(name, schema);
        var columns = entityType.GetProperties()
            .Where(p => p.GetColumnName(store) is not null && p.GetComputedColumnSql(store) is null)
            .Select(p =>
            {
                var mapping = (RelationalTypeMapping)p.GetRelationalTypeMapping();
                return new Column(p.GetColumnName(store)!, p, mapping, mapping.Converter, mapping.StoreTypeNameBase);
            })
            .ToList();
        var key = entityType.FindPrimaryKey();
        var keyColumn = key is { Properties: [var single] } && (single.ClrType == typeof(int) || single.ClrType == typeof(long))
            ? single.GetColumnName(store)
            : null;
        table = new Table(schema is null ? Quote(name) : $"{Quote(schema)}.{Quote(name)}", name, entityType.GetRootType(), columns, keyColumn);
        _tables[entityType] = table;
        return table;
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private sealed record Column(string Name, IProperty Property, RelationalTypeMapping Mapping, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter, string DataTypeName)
    {
        public object? ToProvider(object? value) => value is null ? null : Converter is null ? value : Converter.ConvertToProvider(value);
    }

    private sealed record Table(string QuotedName, string Name, IEntityType Root, IReadOnlyList<Column> Columns, string? KeyColumn)
    {
        public DbCommand? Insert { get; set; }
    }
}
