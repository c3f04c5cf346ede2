using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LeedsCommissioning.Migrations.Sqlite;

/// <summary>
/// Lets `dotnet ef` build the context for Sqlite without starting the web app:
/// dotnet ef migrations add Name --project src/LeedsCommissioning.Migrations.Sqlite
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CommissioningDbContext>
{
    public CommissioningDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CommissioningDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new CommissioningDbContext(options.Options);
    }
}
