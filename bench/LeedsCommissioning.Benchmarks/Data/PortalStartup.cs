using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeedsCommissioning.Benchmarks;

/// <summary>
/// The portal's own start-up on a benchmark database (SQLite or PostgreSQL), run in this process only to
/// initialise it: every migration, the reference data, and the demo data with its accounts, as a first run does.
/// </summary>
internal sealed class PortalStartup(BenchDatabase database, string mailFolder, TimeProvider clock) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Production, which refuses demo data.
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Email:DispatchInBackground", "false");
        builder.UseSetting("Email:PickupFolder", mailFolder);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Error");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(clock);
        });
    }
}
