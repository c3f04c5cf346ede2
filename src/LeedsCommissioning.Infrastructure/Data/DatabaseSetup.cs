using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Infrastructure.Data;

/// <summary>Chooses the database provider and its migrations assembly from configuration.</summary>
public static class DatabaseSetup
{
    public const string DefaultSqliteConnection = "Data Source=App_Data/leeds-commissioning.db";

    public static string MigrationsAssembly(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "LeedsCommissioning.Migrations.Sqlite",
        DatabaseProvider.SqlServer => "LeedsCommissioning.Migrations.SqlServer",
        DatabaseProvider.PostgreSql => "LeedsCommissioning.Migrations.PostgreSql",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider"),
    };

    /// <summary>Configures <paramref name="options"/> for a provider and connection string.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        var assembly = MigrationsAssembly(provider);
        return provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o.MigrationsAssembly(assembly))
                .AddInterceptors(SqliteConnectionSettings.Instance),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o.MigrationsAssembly(assembly)),
            DatabaseProvider.PostgreSql => options.UseNpgsql(connectionString, o => o.MigrationsAssembly(assembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider"),
        };
    }

    /// <summary>
    /// Registers <see cref="CommissioningDbContext"/> with the configured provider and the audit interceptor.
    /// A relative SQLite path is resolved against <paramref name="contentRoot"/>, and its folder is created.
    /// </summary>
    public static IServiceCollection AddCommissioningDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var settings = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("Default");
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            connectionString = ResolveSqlitePath(string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnection : connectionString, contentRoot);
        }
        else if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"ConnectionStrings:Default is required when Database:Provider is {settings.Provider}.");
        }

        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            services.AddScheduledJob<SqliteOptimiser>();
        }

        // Pooled: a request reuses a context and its internal services instead of building them (a fifth of a register
        // request's CPU went on making the context and its options, docs/benchmarks.md). So the options are made
        // once, with the one audit interceptor, which reads the current user as each save happens.
        services.AddSingleton<AuditInterceptor>();
        services.AddDbContextPool<CommissioningDbContext>((sp, options) =>
        {
            Configure(options, settings.Provider, connectionString);
            options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>());
        });
        return services;
    }

    private static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal)
            && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        if (builder.DataSource != ":memory:" && Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}
