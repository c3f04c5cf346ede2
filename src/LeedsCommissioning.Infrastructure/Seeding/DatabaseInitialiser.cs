using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Infrastructure.Seeding;

/// <summary>Migrates the database and adds reference data and, when configured, demo data.</summary>
public static class DatabaseInitialiser
{
    public static async Task InitialiseAsync(
        IServiceProvider services, bool migrate, bool seedDemo, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitialiser));
        var db = provider.GetRequiredService<CommissioningDbContext>();
        var environment = provider.GetRequiredService<IHostEnvironment>();

        if (migrate)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, pending);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }

        // Statistics for SQLite's planner once the schema is current (SQLite's advice; docs/benchmarks.md).
        await SqliteConnectionSettings.OptimiseAsync(db, atStartUp: true, cancellationToken);

        await ReferenceData.EnsureAsync(db, provider.GetRequiredService<RoleManager<IdentityRole>>(), cancellationToken);

        if (seedDemo)
        {
            if (environment.IsProduction())
            {
                throw new InvalidOperationException("Demo data and demo accounts are never created in Production.");
            }

            var options = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            await DemoData.EnsureAsync(
                db, provider.GetRequiredService<UserManager<ApplicationUser>>(), options.DemoPassword,
                provider.GetRequiredService<TimeProvider>(), cancellationToken);
        }
    }
}
