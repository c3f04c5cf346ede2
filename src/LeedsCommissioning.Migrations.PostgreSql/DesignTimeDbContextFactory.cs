using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LeedsCommissioning.Migrations.PostgreSql;

/// <summary>
/// Lets `dotnet ef` build the context for PostgreSql without starting the web app:
/// dotnet ef migrations add Name --project src/LeedsCommissioning.Migrations.PostgreSql
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CommissioningDbContext>
{
    public CommissioningDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CommissioningDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.PostgreSql, "Host=localhost;Database=leeds_commissioning;Username=postgres");
        return new CommissioningDbContext(options.Options);
    }
}
