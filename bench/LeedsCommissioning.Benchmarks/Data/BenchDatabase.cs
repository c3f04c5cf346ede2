using LeedsCommissioning.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LeedsCommissioning.Benchmarks;

/// <summary>Where the generated data goes: a SQLite file, or a PostgreSQL database that the generator may drop and create.</summary>
public abstract record BenchDatabase
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>The connection string the portal is given (ConnectionStrings:Default).</summary>
    public abstract string ConnectionString { get; }

    /// <summary>A SQLite file; the path is made absolute.</summary>
    public static BenchDatabase Sqlite(string path) => new SqliteDatabase(Path.GetFullPath(path));

    /// <summary>A PostgreSQL database named in the connection string (created if missing, dropped and created again when regenerating).</summary>
    public static BenchDatabase PostgreSql(string connectionString) => new PostgreSqlDatabase(connectionString);

    /// <summary>The app's own DbContext and provider set-up (the real model), without the audit interceptor.</summary>
    public CommissioningDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<CommissioningDbContext>();
        DatabaseSetup.Configure(options, Provider, ConnectionString);
        var db = new CommissioningDbContext(options.Options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        return db;
    }

    /// <summary>The SQLite file, or null for a PostgreSQL database.</summary>
    public virtual string? SqliteFile => null;

    /// <summary>Whether the database exists at all (a missing one is generated).</summary>
    public abstract Task<bool> ExistsAsync(CancellationToken cancellationToken);

    /// <summary>Removes the database, so it is generated from nothing.</summary>
    public abstract Task DropAsync(CancellationToken cancellationToken);

    public abstract override string ToString();

    private sealed record SqliteDatabase(string Path) : BenchDatabase
    {
        public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

        public override string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path }.ToString();

        public override string? SqliteFile => Path;

        public override Task<bool> ExistsAsync(CancellationToken cancellationToken) => Task.FromResult(File.Exists(Path));

        public override Task DropAsync(CancellationToken cancellationToken)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { Path, Path + "-wal", Path + "-shm", Path + "-journal" })
            {
                File.Delete(file);
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            return Task.CompletedTask;
        }

        public override string ToString() => $"SQLite {Path}";
    }

    private sealed record PostgreSqlDatabase(string Connection) : BenchDatabase
    {
        public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

        public override string ConnectionString => Connection;

        private string Name => new NpgsqlConnectionStringBuilder(Connection).Database
            ?? throw new InvalidOperationException("The PostgreSQL connection string must name a database (Database=...).");

        public override async Task<bool> ExistsAsync(CancellationToken cancellationToken)
        {
            await using var server = await OpenServerAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", server);
            command.Parameters.AddWithValue("name", Name);
            return await command.ExecuteScalarAsync(cancellationToken) is not null;
        }

        public override async Task DropAsync(CancellationToken cancellationToken)
        {
            NpgsqlConnection.ClearAllPools();
            await using var server = await OpenServerAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name.Replace("\"", "\"\"", StringComparison.Ordinal)}\" WITH (FORCE)", server);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        /// <summary>The server's maintenance database, to create and drop the benchmark's.</summary>
        private async Task<NpgsqlConnection> OpenServerAsync(CancellationToken cancellationToken)
        {
            var builder = new NpgsqlConnectionStringBuilder(Connection) { Database = "postgres", Pooling = false };
            var connection = new NpgsqlConnection(builder.ToString());
            await connection.OpenAsync(cancellationToken);
            return connection;
        }

        public override string ToString()
        {
            var builder = new NpgsqlConnectionStringBuilder(Connection);
            return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        }
    }
}
