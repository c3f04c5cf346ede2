using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace LeedsCommissioning.Benchmarks;

/// <summary>How much data RegionalData generates (on top of the demo data).</summary>
public sealed record Scale(string Name, int Providers, int Contracts, int Opportunities, int Warmup, int Iterations)
{
    public static Scale For(int contracts) => new(contracts.ToString(CultureInfo.InvariantCulture), Math.Max(100, contracts / 10), contracts, Math.Max(20, contracts / 50), 0, 0);
}

/// <summary>The accounts the hey processes sign in as: the demo accounts, one session per process.</summary>
public static class Accounts
{
    public static string Commissioner(int number) => "commissioner@example.org";

    public static string ProcurementOfficer(int number) => "procurement@example.org";
}

/// <summary>
/// The generated databases, cached under bench/.cache by volume, so a second run starts at once. The portal
/// never measures the cached file itself: each run gets a copy, because the import adds to it.
/// </summary>
public static class BenchData
{
    public static async Task<string> SqliteCopyAsync(int contracts, BenchmarkOptions options, string workFolder, TextWriter log, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.Cache);
        var cached = Path.Combine(options.Cache, $"sqlite-{contracts.ToString(CultureInfo.InvariantCulture)}.db");
        if (!File.Exists(cached))
        {
            await GenerateAsync(cached, contracts, options, workFolder, log, cancellationToken);
        }

        var copy = Path.Combine(workFolder, $"sqlite-{contracts.ToString(CultureInfo.InvariantCulture)}.db");
        File.Copy(cached, copy, overwrite: true);
        return new SqliteConnectionStringBuilder { DataSource = copy }.ToString();
    }

    /// <summary>
    /// The portal creates the schema, reference data and demo accounts itself (as a first run does: demo data
    /// is refused in Production, so this start-up is in the "Benchmark" environment), then RegionalData adds
    /// the region's data.
    /// </summary>
    private static async Task GenerateAsync(string cached, int contracts, BenchmarkOptions options, string workFolder, TextWriter log, CancellationToken cancellationToken)
    {
        var building = cached + ".building";
        File.Delete(building);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = building }.ToString();
        await log.WriteLineAsync($"Generating {contracts:N0} contracts into {cached} (kept for the next run)...");
        await using (await Served.StartAsync("portal (creating the schema and demo accounts)", WebDll(options), FreePort(), new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Benchmark",
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__Default"] = connectionString,
            ["Database__MigrateOnStartup"] = "true",
            ["Database__SeedDemoData"] = "true",
            ["Email__PickupFolder"] = Path.Combine(workFolder, "mail"),
        }, Path.Combine(workFolder, "generate.log"), log, cancellationToken))
        {
        }

        var seeded = await RegionalData.SeedAsync(connectionString, Scale.For(contracts), DateTime.UtcNow, cancellationToken);
        SqliteConnection.ClearAllPools();
        await log.WriteLineAsync($"Generated {seeded.Contracts:N0} contracts in {seeded.Elapsed.TotalSeconds:N0} s.");
        File.Move(building, cached, overwrite: true);
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
