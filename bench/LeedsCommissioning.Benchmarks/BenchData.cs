using System.Globalization;
using System.Net;
using System.Net.Sockets;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LeedsCommissioning.Benchmarks;

/// <summary>The old generator's sizes, kept for <see cref="RegionalData.SeedAsync"/>.</summary>
public sealed record Scale(string Name, int Providers, int Contracts, int Opportunities, int Warmup, int Iterations);

/// <summary>The demo password, shared by the demo accounts and the benchmark's.</summary>
public static class Portal
{
    public const string DemoPassword = "Leeds-Demo-2026!";
}

/// <summary>A clock that always says the same time: the generated data is made for 26 November 2026, 10:00 UTC.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static DateTimeOffset BenchmarkNow { get; } = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>The accounts the hey processes sign in as, one per process: the generator's bench staff.</summary>
public static class Accounts
{
    private static readonly IReadOnlyList<string> Commissioners = BenchAccounts.Staff.Select(a => a.Email).Where(e => e.StartsWith("bench-commissioner-", StringComparison.Ordinal)).ToList();
    private static readonly IReadOnlyList<string> Officers = BenchAccounts.Staff.Select(a => a.Email).Where(e => e.StartsWith("bench-procurement-", StringComparison.Ordinal)).ToList();

    public static string Commissioner(int number) => Commissioners[(number - 1) % Commissioners.Count];

    public static string ProcurementOfficer(int number) => Officers[(number - 1) % Officers.Count];

    /// <summary>The demo's decision maker (Director of Adults and Health), whose home page lists the decisions awaiting her.</summary>
    public const string Director = "director@example.org";
}

/// <summary>A database ready to measure: what the portal and the baselines are given.</summary>
public sealed record Measured(DatabaseProvider Provider, string ConnectionString, PreparedData Data);

/// <summary>
/// The generated databases (RegionalData.PrepareAsync), kept under bench/.cache by volume (SQLite) or as one
/// database per volume on the server (PostgreSQL), so a second run starts at once. On SQLite the portal is given a
/// copy, because the import adds to it; on PostgreSQL the import is not run, for the same reason.
/// </summary>
public static class BenchData
{
    public static async Task<Measured> PrepareAsync(
        DatabaseProvider provider, int contracts, bool registerOnly, BenchmarkOptions options, string workFolder, TextWriter log, CancellationToken cancellationToken)
    {
        var volume = registerOnly ? Volume.RegisterForContracts(contracts) : Volume.ForContracts(contracts);
        var now = FixedClock.BenchmarkNow.UtcDateTime;
        var name = string.Create(CultureInfo.InvariantCulture, $"lc_bench_{(registerOnly ? "register_" : "")}{contracts}");
        if (provider == DatabaseProvider.PostgreSql)
        {
            var server = Environment.GetEnvironmentVariable("LC_BENCH_POSTGRES")
                ?? throw new InvalidOperationException("--postgres needs LC_BENCH_POSTGRES, a connection string to a PostgreSQL server (bench/run.sh --postgres starts one)");
            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
            var data = await RegionalData.PrepareAsync(BenchDatabase.PostgreSql(connectionString), volume, now, log, cancellationToken);
            return new Measured(provider, connectionString, data);
        }

        Directory.CreateDirectory(options.Cache);
        var cached = Path.Combine(options.Cache, $"{name}.db");
        var prepared = await RegionalData.PrepareAsync(BenchDatabase.Sqlite(cached), volume, now, log, cancellationToken);
        SqliteConnection.ClearAllPools();
        var copy = Path.Combine(workFolder, Path.GetFileName(cached));
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(cached + suffix))
            {
                File.Copy(cached + suffix, copy + suffix, overwrite: true);
            }
        }

        return new Measured(provider, new SqliteConnectionStringBuilder { DataSource = copy }.ToString(), prepared);
    }

    public static string WebDll(BenchmarkOptions options) => Path.Combine(options.Publish, "web", "LeedsCommissioning.Web.dll");

    public static string BaselinesDll(BenchmarkOptions options) => Path.Combine(options.Publish, "baselines", "LeedsCommissioning.Baselines.dll");

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
