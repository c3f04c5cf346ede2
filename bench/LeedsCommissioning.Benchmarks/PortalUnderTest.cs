using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeedsCommissioning.Benchmarks;

/// <summary>
/// The real portal (its Program, services, middleware, controllers and Razor views) on a SQLite file,
/// served in memory by TestServer. Starting it runs the app's own start-up: migrations, reference data
/// and the demo data with its accounts, exactly as a first run does.
/// </summary>
public sealed class PortalUnderTest(string connectionString, string mailFolder, TimeProvider clock) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development (no developer exception page), not Production (which refuses demo data).
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Email:DispatchInBackground", "false");
        builder.UseSetting("Email:PickupFolder", mailFolder);
        // One console line per request would measure the terminal, not the portal.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(clock);
        });
    }
}

/// <summary>A clock that always says the same time, so the generated data and every page are the same on each run.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>26 November 2026, 10:00 UTC: the day the demo data and the tests are written for.</summary>
    public static DateTimeOffset BenchmarkNow { get; } = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;
}
