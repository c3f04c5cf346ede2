using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LeedsCommissioning.Migrations.SqlServer;

/// <summary>
/// Lets `dotnet ef` build the context for SqlServer without starting the web app:
/// dotnet ef migrations add Name --project src/LeedsCommissioning.Migrations.SqlServer
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CommissioningDbContext>
{
    public CommissioningDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CommissioningDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.SqlServer, "Server=localhost;Database=LeedsCommissioning;Integrated Security=true;TrustServerCertificate=true");
        return new CommissioningDbContext(options.Options);
    }
}
