using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Seeding;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// `dotnet run --project src/LeedsCommissioning.Web -- migrate [--seed-demo]` applies the configured
/// provider's migrations and reference data, then exits. It is how SQL Server and PostgreSQL
/// databases are created and upgraded (README.md, docs/operations.md).
/// </summary>
internal static class CommandLine
{
    public static bool IsMigrateCommand(string[] args) => args.Length > 0 && args[0] == "migrate";

    public static async Task<int> MigrateAsync(WebApplication app, string[] args)
    {
        var seedDemo = args.Contains("--seed-demo");
        var provider = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
        Serilog.Log.Information("Migrating the {Provider} database{Demo}", provider, seedDemo ? " and adding demo data" : "");
        await DatabaseInitialiser.InitialiseAsync(app.Services, migrate: true, seedDemo: seedDemo);
        Serilog.Log.Information("The database is up to date");
        return 0;
    }
}
