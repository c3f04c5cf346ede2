using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LeedsCommissioning.Web.Tests.Data;

/// <summary>
/// Each provider's migrations assembly must describe today's model; when one lags, add a migration
/// for it (scripts/add-migration.sh). No database server is needed: the dummy connection strings are never opened.
/// </summary>
public sealed class Every_providers_migrations_match_the_model
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.SqlServer, "Server=unused;Database=unused;Trusted_Connection=True;TrustServerCertificate=True")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=unused;Database=unused;Username=unused")]
    public void with_no_pending_model_changes(DatabaseProvider provider, string connectionString)
    {
        using var context = Create(provider, connectionString);

        Assert.False(context.Database.HasPendingModelChanges(),
            $"The {provider} migrations lag the model: add a migration to {DatabaseSetup.MigrationsAssembly(provider)}.");
        Assert.NotEmpty(context.Database.GetMigrations());
    }

    [Fact]
    public void for_sql_server_make_an_idempotent_script_that_creates_the_tables()
    {
        using var context = Create(DatabaseProvider.SqlServer, "Server=unused;Database=unused;Trusted_Connection=True;TrustServerCertificate=True");

        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [AspNetUsers]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AuditEntries]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [EmailMessages]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }

    private static CommissioningDbContext Create(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<CommissioningDbContext>();
        DatabaseSetup.Configure(options, provider, connectionString);
        return new CommissioningDbContext(options.Options);
    }
}
