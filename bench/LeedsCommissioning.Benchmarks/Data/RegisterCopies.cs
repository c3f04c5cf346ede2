using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LeedsCommissioning.Benchmarks;

/// <summary>
/// A large register-only database (the growth table's 1,000,000 contracts) made in minutes from a generated smaller one:
/// the <see cref="BaseContracts"/>-contract register's generated rows copied in SQL (<c>INSERT ... SELECT</c>) as many
/// times as the volume needs, each copy with its keys moved past the last copy's and its foreign keys, references and
/// audit rows moved with them (docs/benchmarks.md, "The data: regional scale"). Each copy is a region like the first, with
/// providers of its own (one for every 20 contracts still), so every distribution the generator gives (statuses, values,
/// dates, directorates, providers per contract, funding, extensions, the share of "care" in titles and names) is the
/// base's exactly; only the ids, the references' numbers, the provider users' ids and e-mail addresses and the providers'
/// names (" #2", " #3"... after the base's) differ.
/// <para>
/// The rows go into the real tables, so the triggers that keep the register's version counter fire as they do for the
/// app; the search index is filled the way the import fills it (<see cref="ContractSearchIndex"/>: deferred, then every
/// new contract of the copy indexed in one statement), one transaction a copy. SQLite only: on PostgreSQL the generator
/// makes every volume itself.
/// </para>
/// </summary>
internal static class RegisterCopies
{
    /// <summary>The register the copies are made from, generated directly (and kept: the growth table measures it too).</summary>
    public const int BaseContracts = 100_000;

    /// <summary>
    /// The tables the generator writes for the register's data alone, parents first, and in each the columns that move with
    /// a copy. Any other column is copied as it is; <see cref="CheckModel"/> makes sure no key or foreign key between these
    /// tables is left out.
    /// </summary>
    private static readonly string[] Tables =
        ["Providers", "ProviderContacts", "ProviderWards", "AspNetUsers", "AspNetUserRoles", "Contracts", "ContractProviders", "FundingContributions", "ContractExtensions", "AuditEntries"];

    /// <summary>The audited entity types among the copied rows, and the table each one's key is in.</summary>
    private static readonly Dictionary<string, string> AuditedTables = new(StringComparer.Ordinal)
    {
        ["Provider"] = "Providers",
        ["ProviderContact"] = "ProviderContacts",
        ["Contract"] = "Contracts",
        ["ContractProvider"] = "ContractProviders",
        ["FundingContribution"] = "FundingContributions",
        ["ContractExtension"] = "ContractExtensions",
    };

    /// <summary>
    /// The register-only volume <paramref name="volume"/> is copied from on <paramref name="target"/>, or null when it is
    /// generated directly: only on SQLite, for a whole number (2 or more) of <see cref="BaseContracts"/>.
    /// </summary>
    /// <paramref name="baseContracts"/> is <see cref="BaseContracts"/> but for checking the copies at a small scale.
    public static Volume? BaseFor(BenchDatabase target, Volume volume, int baseContracts) =>
        volume.RegisterOnly && target.Provider == DatabaseProvider.Sqlite && volume.Contracts > baseContracts && volume.Contracts % baseContracts == 0
            ? Volume.RegisterForContracts(baseContracts)
            : null;

    /// <summary>Where the base register is kept: <c>lc_bench_register_100000.db</c> beside the target, as bench/.cache names it.</summary>
    public static BenchDatabase BaseDatabase(BenchDatabase target, Volume baseVolume) =>
        BenchDatabase.Sqlite(Path.Combine(Path.GetDirectoryName(target.SqliteFile)!, string.Create(CultureInfo.InvariantCulture, $"lc_bench_register_{baseVolume.Contracts}.db")));

    /// <summary>
    /// Makes <paramref name="target"/> (already a copy of the base file, marker removed) hold <paramref name="volume"/>:
    /// <paramref name="made"/>'s generated rows, copied until there are enough. Returns the rows added by table.
    /// </summary>
    public static async Task<SortedDictionary<string, long>> MultiplyAsync(
        BenchDatabase target, PreparedData made, Volume volume, TextWriter log, CancellationToken cancellationToken)
    {
        var copies = volume.Contracts / made.Volume.Contracts;
        if (copies * made.Volume.Contracts != volume.Contracts || copies * made.Volume.Providers != volume.Providers)
        {
            throw new InvalidOperationException($"{volume} is not a whole number of copies of {made.Volume}.");
        }

        var unknown = made.Rows.Keys.Except(Tables).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"The register's data now has rows in {string.Join(", ", unknown)}: RegisterCopies must copy them too.");
        }

        await using var db = target.NewContext();
        CheckModel(db.Model);
        var stopwatch = Stopwatch.StartNew();
        db.Database.SetCommandTimeout(0); // the search index's one statement takes minutes
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        // A data load, as BulkWriter's: nothing to lose if the machine stops (the marker is written last), so no journal
        // and no waiting for the disk. The portal puts the file back in write-ahead-log mode at start-up; so does the end.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -524288; PRAGMA temp_store = MEMORY;", cancellationToken);

        var ranges = new Dictionary<string, (long First, long Last)>(StringComparer.Ordinal);
        foreach (var table in new[] { "Providers", "ProviderContacts", "Contracts", "ContractProviders", "FundingContributions", "ContractExtensions", "AuditEntries" })
        {
            ranges[table] = await GeneratedRangeAsync(connection, table, made.RowsOf(table), cancellationToken);
        }

        await CheckBaseAsync(connection, made, ranges, cancellationToken);
        var shifts = new Shifts(ranges);
        connection.CreateFunction("bench_provider_name", (string name, long copy) => ProviderName(name, copy));
        connection.CreateFunction("bench_reference", (string reference, long number) => Reference(reference, number));
        connection.CreateFunction("bench_user_id", (string id, long copy) => UserId(id, copy));
        connection.CreateFunction("bench_audit_key", (string? type, string? key, long copy) => shifts.AuditKey(type, key, copy));
        connection.CreateFunction("bench_audit_changes", (string type, string key, string changes, long copy) => shifts.Changes(type, key, changes, copy));

        var columns = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var table in Tables)
        {
            columns[table] = await ColumnsAsync(connection, null, table, cancellationToken);
        }

        // One transaction a copy: a transaction much larger than SQLite's page cache makes every page fetch hunt
        // through a cache full of dirty pages (BulkWriter.SqliteRowsPerCommit). In each, the copy's contracts are
        // indexed for the search once, at the end, as the import indexes its own.
        for (var copy = 1L; copy < copies; copy++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var sqlite = (SqliteTransaction)transaction.GetDbTransaction();
            var indexing = await ContractSearchIndex.DeferForNewContractsAsync(db, cancellationToken);
            foreach (var table in Tables)
            {
                await ExecuteAsync(connection, sqlite, CopySql(table, columns[table], copy, shifts), cancellationToken);
            }

            var copied = stopwatch.Elapsed;
            await indexing.CompleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await log.WriteLineAsync($"  copy {copy + 1} of {copies}: {stopwatch.Elapsed.TotalSeconds:N1} s ({(stopwatch.Elapsed - copied).TotalSeconds:N1} s of it the search index)");
        }

        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);
        await log.WriteLineAsync($"  done: {stopwatch.Elapsed.TotalSeconds:N1} s");
        return new SortedDictionary<string, long>(made.Rows.ToDictionary(r => r.Key, r => r.Value * copies), StringComparer.Ordinal);
    }

    /// <summary>The INSERT ... SELECT that adds copy <paramref name="copy"/> (1 for the second region) of a table's generated rows.</summary>
    private static string CopySql(string table, IReadOnlyList<string> columns, long copy, Shifts s)
    {
        var (moved, where) = table switch
        {
            "Providers" => (new Dictionary<string, string>
            {
                ["Id"] = s.Shift("Providers", "Id", copy),
                ["Name"] = $"bench_provider_name(\"Name\", {copy})",
            }, s.Generated("Providers", "Id")),
            "ProviderContacts" => (new Dictionary<string, string>
            {
                ["Id"] = s.Shift("ProviderContacts", "Id", copy),
                ["ProviderId"] = s.Shift("Providers", "ProviderId", copy),
            }, s.Generated("ProviderContacts", "Id")),
            "ProviderWards" => (new Dictionary<string, string> { ["ProviderId"] = s.Shift("Providers", "ProviderId", copy) }, s.Generated("Providers", "ProviderId")),
            "AspNetUsers" => (new Dictionary<string, string>
            {
                ["Id"] = $"bench_user_id(\"Id\", {copy})",
                ["ProviderId"] = s.Shift("Providers", "ProviderId", copy),
                ["UserName"] = Email(s.Shift("Providers", "ProviderId", copy)),
                ["Email"] = Email(s.Shift("Providers", "ProviderId", copy)),
                ["NormalizedUserName"] = $"upper({Email(s.Shift("Providers", "ProviderId", copy))})",
                ["NormalizedEmail"] = $"upper({Email(s.Shift("Providers", "ProviderId", copy))})",
            }, s.Generated("Providers", "ProviderId")),
            "AspNetUserRoles" => (new Dictionary<string, string> { ["UserId"] = $"bench_user_id(\"UserId\", {copy})" },
                $"\"UserId\" IN (SELECT \"Id\" FROM \"AspNetUsers\" WHERE {s.Generated("Providers", "ProviderId")})"),
            "Contracts" => (new Dictionary<string, string>
            {
                ["Id"] = s.Shift("Contracts", "Id", copy),
                ["Reference"] = $"bench_reference(\"Reference\", {s.Shift("Contracts", "Id", copy)} - {s.First("Contracts")} + 1)",
                ["LeadProviderId"] = s.Shift("Providers", "LeadProviderId", copy),
            }, s.Generated("Contracts", "Id")),
            "ContractProviders" => (new Dictionary<string, string>
            {
                ["Id"] = s.Shift("ContractProviders", "Id", copy),
                ["ContractId"] = s.Shift("Contracts", "ContractId", copy),
                ["ProviderId"] = s.Shift("Providers", "ProviderId", copy),
            }, s.Generated("ContractProviders", "Id")),
            "FundingContributions" => (new Dictionary<string, string>
            {
                ["Id"] = s.Shift("FundingContributions", "Id", copy),
                ["ContractId"] = s.Shift("Contracts", "ContractId", copy),
            }, s.Generated("FundingContributions", "Id")),
            "ContractExtensions" => (new Dictionary<string, string>
            {
                ["Id"] = s.Shift("ContractExtensions", "Id", copy),
                ["ContractId"] = s.Shift("Contracts", "ContractId", copy),
            }, s.Generated("ContractExtensions", "Id")),
            "AuditEntries" => (new Dictionary<string, string>
            {
                ["Id"] = s.Shift("AuditEntries", "Id", copy),
                ["EntityKey"] = $"bench_audit_key(\"EntityType\", \"EntityKey\", {copy})",
                ["ParentKey"] = $"bench_audit_key(\"ParentType\", \"ParentKey\", {copy})",
                ["Changes"] = $"bench_audit_changes(\"EntityType\", \"EntityKey\", \"Changes\", {copy})",
            }, s.Generated("AuditEntries", "Id")),
            _ => throw new InvalidOperationException($"{table} is not copied."),
        };
        var missing = moved.Keys.Except(columns).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"{table} has no column {string.Join(", ", missing)}: RegisterCopies must follow the model.");
        }

        var quoted = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var values = string.Join(", ", columns.Select(c => moved.TryGetValue(c, out var expression) ? expression : $"\"{c}\""));
        return $"INSERT INTO \"{table}\" ({quoted}) SELECT {values} FROM \"{table}\" WHERE {where} ORDER BY rowid;";

        static string Email(string providerId) => $"'bench-provider-' || ({providerId}) || '@example.org'";
    }

    /// <summary>
    /// Every foreign key from a copied table to a copied table must be among the columns <see cref="CopySql"/> moves, so a
    /// key another change adds to the model is never copied pointing into the base region.
    /// </summary>
    private static void CheckModel(IModel model)
    {
        var moved = new HashSet<(string, string)>
        {
            ("ProviderContacts", "ProviderId"), ("ProviderWards", "ProviderId"), ("AspNetUsers", "ProviderId"), ("AspNetUserRoles", "UserId"),
            ("Contracts", "LeadProviderId"), ("ContractProviders", "ContractId"), ("ContractProviders", "ProviderId"),
            ("FundingContributions", "ContractId"), ("ContractExtensions", "ContractId"),
        };
        foreach (var type in model.GetEntityTypes().Where(t => t.GetTableName() is { } name && Tables.Contains(name)))
        {
            var store = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            foreach (var foreignKey in type.GetForeignKeys().Where(fk => fk.PrincipalEntityType.GetTableName() is { } principal && Tables.Contains(principal)))
            {
                foreach (var property in foreignKey.Properties)
                {
                    if (property.GetColumnName(store) is { } column && !moved.Contains((store.Name, column)))
                    {
                        throw new InvalidOperationException($"{store.Name}.{column} points at {foreignKey.PrincipalEntityType.GetTableName()}: RegisterCopies must move it with each copy.");
                    }
                }
            }
        }
    }

    /// <summary>The first and last key of a table's generated rows: the last <paramref name="rows"/> keys, which must run without a gap.</summary>
    private static async Task<(long First, long Last)> GeneratedRangeAsync(SqliteConnection connection, string table, long rows, CancellationToken cancellationToken)
    {
        var last = Convert.ToInt64(await ScalarAsync(connection, $"SELECT coalesce(max(\"Id\"), 0) FROM \"{table}\"", cancellationToken), CultureInfo.InvariantCulture);
        var first = last - rows + 1;
        var counted = Convert.ToInt64(await ScalarAsync(connection, $"SELECT count(*) FROM \"{table}\" WHERE \"Id\" >= {first}", cancellationToken), CultureInfo.InvariantCulture);
        return rows > 0 && counted == rows
            ? (first, last)
            : throw new InvalidOperationException($"{table}: the generated rows are not the last {rows:N0} keys without a gap.");
    }

    /// <summary>What the copies take for granted about the base: its users and audit rows are the generated ones described here.</summary>
    private static async Task CheckBaseAsync(SqliteConnection connection, PreparedData made, Dictionary<string, (long First, long Last)> ranges, CancellationToken cancellationToken)
    {
        var (first, last) = ranges["Providers"];
        var users = Convert.ToInt64(await ScalarAsync(connection,
            $"SELECT count(*) FROM \"AspNetUsers\" WHERE \"ProviderId\" BETWEEN {first} AND {last} AND \"Email\" = 'bench-provider-' || \"ProviderId\" || '@example.org'", cancellationToken), CultureInfo.InvariantCulture);
        if (users != made.RowsOf("AspNetUsers") || users != made.RowsOf("Providers"))
        {
            throw new InvalidOperationException("The base's provider users are not one bench-provider-<id>@example.org for each generated provider.");
        }

        var (auditFirst, auditLast) = ranges["AuditEntries"];
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT DISTINCT \"EntityType\" FROM \"AuditEntries\" WHERE \"Id\" BETWEEN {auditFirst} AND {auditLast} UNION SELECT DISTINCT \"ParentType\" FROM \"AuditEntries\" WHERE \"Id\" BETWEEN {auditFirst} AND {auditLast} AND \"ParentType\" IS NOT NULL";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!AuditedTables.ContainsKey(reader.GetString(0)))
            {
                throw new InvalidOperationException($"The base has audit rows of {reader.GetString(0)}: RegisterCopies must move their keys too.");
            }
        }
    }

    private static async Task<IReadOnlyList<string>> ColumnsAsync(SqliteConnection connection, SqliteTransaction? transaction, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT \"name\" FROM pragma_table_info('{table}') ORDER BY \"cid\"";
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    /// <summary>
    /// A copy's provider name: the base's, with the copy's number (" #2" for the second region), so names stay unique (the
    /// generator's own names have no "#"). Neither "#" nor a digit adds a match for a word such as "care".
    /// </summary>
    internal static string ProviderName(string name, long copy) => string.Create(CultureInfo.InvariantCulture, $"{name} #{copy + 1}");

    /// <summary>A contract reference with the number the generator would give the <paramref name="number"/>th contract (RegionalData.NewContract).</summary>
    internal static string Reference(string reference, long number) =>
        string.Create(CultureInfo.InvariantCulture, $"{reference.TrimEnd("0123456789".ToCharArray())}{number:D5}");

    /// <summary>
    /// A copy's user id: a GUID made from the base user's id and the copy's number (the first 16 bytes of their SHA-256,
    /// marked as version 4), so it is the same on every run and as unlikely to collide as the generator's own.
    /// </summary>
    internal static string UserId(string id, long copy)
    {
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{id}/{copy}")), hash);
        hash[7] = (byte)((hash[7] & 0x0F) | 0x40);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16]).ToString();
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>How far each table's keys move for a copy: the generated rows' count times the copy's number.</summary>
    private sealed class Shifts(Dictionary<string, (long First, long Last)> ranges)
    {
        public long First(string table) => ranges[table].First;

        public long By(string table, long copy) => (ranges[table].Last - ranges[table].First + 1) * copy;

        /// <summary>SQL for <paramref name="column"/> moved by the shift of <paramref name="table"/>'s keys (NULL stays NULL).</summary>
        public string Shift(string table, string column, long copy) => string.Create(CultureInfo.InvariantCulture, $"(\"{column}\" + {By(table, copy)})");

        /// <summary>SQL that is true for the base's generated rows, by a column holding <paramref name="table"/>'s key.</summary>
        public string Generated(string table, string column) =>
            string.Create(CultureInfo.InvariantCulture, $"\"{column}\" BETWEEN {ranges[table].First} AND {ranges[table].Last}");

        /// <summary>An audit row's EntityKey or ParentKey, moved with the keys of its type's table.</summary>
        public string? AuditKey(string? type, string? key, long copy) =>
            type is null || key is null ? key : (long.Parse(key, CultureInfo.InvariantCulture) + By(AuditedTables[type], copy)).ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// An audit row's changes with the values that moved in the copy moved too: the record's own key, its keys into the
        /// copied tables, a contract's reference and a provider's name. Everything else (and the JSON's form) is left as it is.
        /// </summary>
        public string Changes(string type, string key, string changes, long copy)
        {
            var moves = Moves(type);
            if (!moves.Keys.Any(p => changes.Contains($"\"Property\":\"{p}\"", StringComparison.Ordinal)))
            {
                return changes;
            }

            var array = JsonNode.Parse(changes)!.AsArray();
            foreach (var change in array)
            {
                if (moves.TryGetValue((string)change!["Property"]!, out var move))
                {
                    foreach (var side in new[] { "Old", "New" })
                    {
                        if (change[side]?.GetValue<string>() is { } value)
                        {
                            change[side] = move(value, key, copy);
                        }
                    }
                }
            }

            return array.ToJsonString();
        }

        private readonly Dictionary<string, Dictionary<string, Func<string, string, long, string>>> _moves = [];

        private Dictionary<string, Func<string, string, long, string>> Moves(string type)
        {
            if (_moves.TryGetValue(type, out var moves))
            {
                return moves;
            }

            Func<string, string, long, string> KeyOf(string table) =>
                (value, _, copy) => (long.Parse(value, CultureInfo.InvariantCulture) + By(table, copy)).ToString(CultureInfo.InvariantCulture);
            moves = new Dictionary<string, Func<string, string, long, string>>(StringComparer.Ordinal) { ["Id"] = KeyOf(AuditedTables[type]) };
            switch (type)
            {
                case "Provider":
                    moves["Name"] = (name, _, copy) => ProviderName(name, copy);
                    break;
                case "ProviderContact":
                    moves["ProviderId"] = KeyOf("Providers");
                    break;
                case "Contract":
                    moves["LeadProviderId"] = KeyOf("Providers");
                    moves["Reference"] = (reference, key, copy) =>
                        Reference(reference, long.Parse(key, CultureInfo.InvariantCulture) + By("Contracts", copy) - First("Contracts") + 1);
                    break;
                case "ContractProvider":
                    moves["ContractId"] = KeyOf("Contracts");
                    moves["ProviderId"] = KeyOf("Providers");
                    break;
                case "FundingContribution" or "ContractExtension":
                    moves["ContractId"] = KeyOf("Contracts");
                    break;
            }

            _moves[type] = moves;
            return moves;
        }
    }
}
